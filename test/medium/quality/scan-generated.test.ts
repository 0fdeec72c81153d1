// The whole-register scan (T12) on a generated register with planted problems, on each engine: every planted problem
// of every exact code is found with no false positive, and probable duplicates meet the precision and recall.
// The two engines hand over the register differently (a COPY stream on PostgreSQL, PGlite's /dev/blob), so both run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQualityScan } from '../../../src/app/quality/run-scan.ts';
import { FINDING_CODES } from '../../../src/domain/quality/codes.ts';
import { evaluateFindings, parseGroundTruthCsv } from '../../../src/domain/quality/evaluate.ts';
import { PROBLEM_CODES } from '../../../src/domain/synthetic/problems.ts';
import { generateCity } from '../../../src/jobs/generate/run.ts';
import { importDirectory } from '../../../src/jobs/import/run.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../support/databases.ts';
import { operatorContext, testPolicy } from '../../support/deps.ts';

const dir = mkdtempSync(join(tmpdir(), 'hukou-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  // Problems planted far more often than in a real register, so each code has a few dozen cases in 6,000 persons.
  await generateCity({
    persons: 6000,
    seed: 'scan-test',
    dir,
    rates: Object.fromEntries(PROBLEM_CODES.map((c) => [c, 0.004])),
  });
}, 120_000);

describe.each(ENGINES)('whole-register scan of a generated register on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await importDirectory(database, { dir, actor: 'test' });
  }, 120_000);
  afterAll(() => database?.dispose());

  it('finds every planted problem; exact codes without a false positive, duplicates at the precision and recall asked', async () => {
    const deps = {
      database,
      config: {} as never,
      now: () => new Date('2023-01-02T00:00:00Z'),
      policy: testPolicy(),
    };
    const out = await runQualityScan(deps, operatorContext('test'), { trigger: 'test' });
    const planted = parseGroundTruthCsv(readFileSync(join(dir, 'ground-truth.csv'), 'utf8'));
    const { byCode } = evaluateFindings(planted, out.findings);
    const plantedCodes = new Set(planted.map((p) => p.code));
    expect(plantedCodes.size).toBeGreaterThanOrEqual(10);
    for (const code of FINDING_CODES) {
      const figures = byCode[code]!;
      if (code === 'probable-duplicate') {
        expect(figures.planted).toBeGreaterThan(5);
        expect(figures.precision, code).toBeGreaterThanOrEqual(0.99);
        expect(figures.recall, code).toBeGreaterThanOrEqual(0.95);
      } else {
        expect({ code, missed: figures.missed, precision: figures.precision }).toEqual({
          code,
          missed: 0,
          precision: 1,
        });
      }
    }
    const active = await database.db
      .selectFrom('person')
      .where('status', '=', 'active')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(out.stats.persons).toBe(Number(active.n));
    expect(out.stats.names).toBeGreaterThan(1000);
  }, 120_000);
});
