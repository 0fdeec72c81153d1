// The dependency map is enforced by the linter (eslint.config.js): a wrong import in a scratch file is reported, a
// right one is not. Linted as text under a path of the layer, so no file is written.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function flagged(filePath: string, specifier: string): Promise<boolean> {
  const code = `import type { X } from '${specifier}';\nexport type Y = X;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the dependency map in the linter', () => {
  // The first lint loads the config and the TypeScript parser: seconds, once.
  beforeAll(() => eslint.lintText('', { filePath: 'src/domain/zz-scratch.ts' }), 60_000);

  it.each([
    ['src/domain/zz-scratch.ts', '../db/connection.ts'],
    ['src/domain/zz-scratch.ts', '../app/context.ts'],
    ['src/db/zz-scratch.ts', '../app/context.ts'],
    ['src/api/zz-scratch.ts', '../db/connection.ts'],
    ['src/api/zz-scratch.ts', '../jobs/simulations.ts'],
    ['src/api/zz-scratch.ts', '../policy-data/load.ts'],
    ['src/app/zz-scratch.ts', '../api/app.ts'],
    ['src/app/zz-scratch.ts', '../jobs/schedulers/periodic.ts'],
    ['src/jobs/zz-scratch.ts', '../app/context.ts'],
    ['src/policy-data/zz-scratch.ts', '../app/context.ts'],
    ['web/src/pages/zz-scratch.ts', '../../../src/app/context.ts'],
    ['web/src/pages/zz-scratch.ts', '../../../src/api/app.ts'],
  ])('reports %s importing %s', async (file, specifier) => {
    expect(await flagged(file, specifier)).toBe(true);
  });

  it.each([
    ['src/db/zz-scratch.ts', '../domain/registry/model.ts'],
    ['src/app/zz-scratch.ts', '../db/connection.ts'],
    ['src/app/zz-scratch.ts', '../jobs/quality-scan/scan.ts'],
    ['src/api/zz-scratch.ts', '../app/context.ts'],
    ['src/jobs/schedulers/zz-scratch.ts', '../../app/context.ts'],
    ['web/src/pages/zz-scratch.ts', '../../../src/domain/registry/model.ts'],
  ])('allows %s importing %s', async (file, specifier) => {
    expect(await flagged(file, specifier)).toBe(false);
  });
});
