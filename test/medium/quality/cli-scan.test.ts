// `hukou quality scan --format json` as the contract gives it (spec/data-exchange.md): a generated register with
// planted problems is imported with the CLI into an embedded database and scanned with the CLI; stdout is exactly
// {"findings":[{code, idNumbers, householdNos, detail}]} and holds every planted problem, with a progress bar's
// plain lines on stderr.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_CODES, type Finding } from '../../../src/domain/quality/index.ts';
import { evaluateFindings, parseGroundTruthCsv } from '../../../src/domain/quality/evaluate.ts';
import { PROBLEM_CODES } from '../../../src/domain/synthetic/problems.ts';
import { generateCity } from '../../../src/jobs/generate/run.ts';
import { cli } from '../../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'hukou-cli-scan-'));
const env = { HUKOU_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await generateCity({
    persons: 4000,
    seed: 'cli-scan',
    dir: join(dir, 'city'),
    rates: Object.fromEntries(PROBLEM_CODES.map((c) => [c, 0.004])),
  });
  const imported = cli(['import', '--dir', join(dir, 'city')], env);
  expect(await imported.done, imported.stderr()).toBe(0);
}, 180_000);

describe('hukou quality scan --format json', () => {
  it('prints the contract shape and finds every planted problem', async () => {
    const scan = cli(['quality', 'scan', '--format', 'json'], env);
    expect(await scan.done, scan.stderr()).toBe(0);
    const out = JSON.parse(scan.stdout()) as { findings: Finding[] };
    expect(Object.keys(out)).toEqual(['findings']);
    expect(out.findings.length).toBeGreaterThan(50);
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'detail', 'householdNos', 'idNumbers']);
      expect(FINDING_CODES).toContain(f.code);
      expect(f.idNumbers.length + f.householdNos.length).toBeGreaterThan(0);
    }
    const planted = parseGroundTruthCsv(readFileSync(join(dir, 'city', 'ground-truth.csv'), 'utf8'));
    const { byCode } = evaluateFindings(planted, out.findings);
    expect(new Set(planted.map((p) => p.code)).size).toBeGreaterThanOrEqual(10);
    for (const code of FINDING_CODES) {
      const figures = byCode[code]!;
      if (!figures.planted) continue;
      if (code === 'probable-duplicate') {
        expect(figures.precision, code).toBeGreaterThanOrEqual(0.99);
        expect(figures.recall, code).toBeGreaterThanOrEqual(0.95);
      } else
        expect({ code, missed: figures.missed, precision: figures.precision }).toEqual({
          code,
          missed: 0,
          precision: 1,
        });
    }
    expect(scan.stderr()).toMatch(/检查人员 \/ persons: \d+ 行/);
  }, 120_000);
});
