// Issue 18, tested against data nobody designed for the generator: a small register written by hand in the import
// format (spec/data-exchange.md, files in ./hand-register), imported and scanned on each engine. It holds one person
// registered in 彝良 and again in 镇雄 (another county's code at the head of the number, same birth date, the second
// registration as 其他亲属 in someone else's family), a 15-digit legacy number against the same person's 18-digit one,
// a 530630 (水富县) number against 530681, and hard negatives: namesakes born the same day in different counties who
// are different people — of the other sex, or each the child of his own parents.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQualityScan } from '../../../src/app/quality/run-scan.ts';
import type { Finding } from '../../../src/domain/quality/index.ts';
import { importDirectory } from '../../../src/jobs/import/run.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../support/databases.ts';
import { operatorContext, testPolicy } from '../../support/deps.ts';

const dir = join(import.meta.dirname, 'hand-register');

const pairOf = (f: Finding) => [...f.idNumbers].sort().join(' ');

describe.each(ENGINES)('a hand-written city register on %s', (kind) => {
  let database: TestDatabase;
  let duplicates: Finding[];
  let all: Finding[];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const imported = await importDirectory(database, { dir, actor: 'test' });
    expect(imported.status).toBe('committed');
    const deps = {
      database,
      config: {} as never,
      now: () => new Date('2023-01-02T00:00:00Z'),
      policy: testPolicy(),
    };
    all = (await runQualityScan(deps, operatorContext('test'), { trigger: 'test' })).findings;
    duplicates = all.filter((f) => f.code === 'probable-duplicate');
  }, 120_000);
  afterAll(() => database?.dispose());

  it('finds 陈秀英 registered in 彝良 and again as 其他亲属 in 镇雄, and says numbers of two counties carried it', () => {
    const f = duplicates.find((x) => pairOf(x) === '53062719720809106X 530628197208090223');
    expect(f, JSON.stringify(duplicates.map(pairOf))).toBeDefined();
    expect(f!.detail.evidenceKind).toBe('other-county-number');
  });

  it('finds the legacy 15-digit pair and the 530630 / 530681 pair', () => {
    const legacy = duplicates.find((x) => pairOf(x) === '530602195811300157 530602581130051');
    expect(legacy?.detail.evidenceKind).toBe('legacy-number');
    const former = duplicates.find((x) => pairOf(x) === '530630199002030330 530681199002030197');
    expect(former?.detail.evidenceKind).toBe('former-division');
    expect(all.some((x) => x.code === 'legacy-15-digit' && x.idNumbers.includes('530602581130051'))).toBe(
      true,
    );
  });

  it('hard negatives: namesakes of the other sex, or each with his own parents, are not made one person', () => {
    // Precision on this register: every probable duplicate found is one of the three written in.
    expect(duplicates.map(pairOf).sort()).toEqual([
      '530602195811300157 530602581130051',
      '53062719720809106X 530628197208090223',
      '530630199002030330 530681199002030197',
    ]);
  });
});
