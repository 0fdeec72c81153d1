// Issue 16's Done-when on an imported register: `stats` equals a direct count of its active persons, households
// and registered urbanization (city and every county), and agrees with the generator's own count; the stored
// snapshot of a day equals a recount; a past day's snapshot stays what it was after later changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import {
  backfillDays,
  countFigures,
  figuresFor,
  refreshFigures,
} from '../../../src/app/statistics/figures.ts';
import { readTrend } from '../../../src/app/statistics/trend.ts';
import { readSummary, statsReport } from '../../../src/app/statistics/read-stats.ts';
import { ENGINES } from '../../support/databases.ts';
import { operatorContext } from '../../support/deps.ts';
import { directCounts, generatedCity, importedCity, type ImportedCity } from './support.ts';

let city: Awaited<ReturnType<typeof generatedCity>>;
beforeAll(async () => {
  city = await generatedCity(3000, 'stats-import');
}, 120_000);
afterAll(() => city?.dispose());

describe.each(ENGINES)('statistics of an imported register on %s', (engine) => {
  let c: ImportedCity;
  beforeAll(async () => {
    c = await importedCity(engine, city.dir);
  }, 180_000);
  afterAll(async () => c?.database.dispose());

  it('counts what a direct count of the live tables gives, city and every county', async () => {
    const report = await statsReport(c.deps, {});
    const direct = await directCounts(c.deps);
    const sum = (k: 'persons' | 'urban' | 'households') => direct.reduce((a, r) => a + r[k], 0);
    expect(report.registered).toEqual({ persons: sum('persons'), households: sum('households') });
    expect(report.urbanization.registered).toBeCloseTo(sum('urban') / sum('persons'), 12);
    for (const county of report.counties!) {
      const d = direct.find((r) => r.county === county.code) ?? { persons: 0, urban: 0, households: 0 };
      expect({ code: county.code, ...county.registered }).toEqual({
        code: county.code,
        persons: d.persons,
        households: d.households,
      });
      expect(county.urbanization.registered).toBe(d.persons ? d.urban / d.persons : null);
    }
    // The generator counted the same city its own way while writing the files.
    expect(report.registered.persons).toBe(city.summary.activePersons);
    // The generator counts everyone living away as living there; the statistics count a person away for less than
    // stats.residentMonths (a baby born while its parents live away) where registered: a few more residents.
    expect(report.residents.persons).toBeGreaterThanOrEqual(city.summary.residentsInCity);
    expect(report.residents.persons).toBeLessThanOrEqual(city.summary.residentsInCity * 1.005);
    expect(Math.round(report.urbanization.registered! * 10000) / 100).toBe(
      city.summary.registeredUrbanizationPct,
    );
  });

  it('keeps a past day as it was, and a refreshed snapshot equals a recount', async () => {
    const baseline = await countFigures(c.deps, '2022-12-31');
    const before = await countFigures(c.deps, '2023-01-10');
    // Nothing was recorded since the baseline: the same persons (ages move on with the days).
    const heads = (f: typeof before) =>
      Object.fromEntries(Object.entries(f.figures.towns).map(([k, t]) => [k, [t.registered, t.households]]));
    expect(heads(before)).toEqual(heads(baseline));
    await refreshFigures(c.deps, '2023-01-09');
    // A death recorded today: today's count changes, the stored past day does not.
    const victim = await sql<{ person_id: string; version: number }>`
      select person_id, version from person
       where status = 'active' and relation <> '02' and legacy_flag is null order by person_id limit 1`.execute(
      c.database.db,
    );
    const { person_id, version } = victim.rows[0]!;
    await recordChange(c.deps, operatorContext(), 'record-death', {
      personId: person_id,
      version,
      deathDate: '2023-01-09',
      reason: '卫健委死亡医学证明',
    });
    const after = await countFigures(c.deps, '2023-01-10');
    const sum = (f: typeof after) => Object.values(f.figures.towns).reduce((a, t) => a + t.registered, 0);
    expect(sum(after)).toBe(sum(before) - 1);
    const past = await figuresFor(c.deps, '2023-01-09');
    expect(past.source).toBe('snapshot');
    expect(heads(past)).toEqual(heads(before));
    expect(past.figures.towns).not.toEqual(after.figures.towns);
    const refreshed = await refreshFigures(c.deps, '2023-01-10');
    expect(refreshed.figures).toEqual((await countFigures(c.deps, '2023-01-10')).figures);
    const read = await readSummary(c.deps, { asOf: '2023-01-10' });
    expect(read.registered.persons).toBe(sum(after));
  });

  it('answers the trend without waiting: a month end not counted yet is pending and counted in the background', async () => {
    await c.database.db.deleteFrom('stats_snapshot').execute();
    const first = await readTrend(c.deps, { from: '2022-12-01' });
    expect(first.pending).toEqual(['2022-12-31']);
    expect(first.points.map((p) => p.asOf)).toEqual(['2023-01-10']);
    await backfillDays(c.deps, first.pending);
    const second = await readTrend(c.deps, { from: '2022-12-01' });
    expect(second.pending).toEqual([]);
    expect(second.points.map((p) => p.asOf)).toEqual(['2022-12-31', '2023-01-10']);
    const baseline = await countFigures(c.deps, '2022-12-31');
    const registered = Object.values(baseline.figures.towns).reduce((a, t) => a + t.registered, 0);
    expect(second.points[0]!.registered).toBe(registered);
  });
});
