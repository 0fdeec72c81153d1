// A generated city imported on a test clock: the register the statistics tests count. The baseline is the
// generator's as-of day; the clock starts after it, so events recorded by a test come after the baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { importRegister } from '../../../src/app/imports/exchange-files.ts';
import type { AppDeps } from '../../../src/app/context.ts';
import { endOfDay } from '../../../src/domain/statistics/as-of.ts';
import { generateCity } from '../../../src/jobs/generate/run.ts';
import { createTestDatabase, type TestDatabase, type TestEngine } from '../../support/databases.ts';
import { testClock, testConfig, testPolicy, type TestClock } from '../../support/deps.ts';

export const BASELINE_DAY = '2022-12-31';

export async function generatedCity(persons: number, seed: string) {
  const dir = mkdtempSync(join(tmpdir(), 'hukou-stats-'));
  const generated = await generateCity({ persons, seed, dir, asOf: BASELINE_DAY });
  return { dir, summary: generated.summary, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ImportedCity {
  database: TestDatabase;
  deps: AppDeps;
  clock: TestClock;
}

export async function importedCity(engine: TestEngine, dir: string): Promise<ImportedCity> {
  const database = await createTestDatabase(engine);
  const clock = testClock('2023-01-10T02:00:00Z');
  const deps: AppDeps = {
    database,
    config: testConfig(),
    policy: testPolicy(),
    now: () => {
      clock.advance(1000);
      return clock.now();
    },
  };
  const result = await importRegister(deps, { dir, actor: 'test', baseline: endOfDay(BASELINE_DAY) });
  if (result.status !== 'committed') throw new Error(`import failed: ${JSON.stringify(result.counts)}`);
  return { database, deps, clock };
}

/** Direct counts from the live tables: active persons, households and persons in urban units, per county. */
export async function directCounts(deps: AppDeps) {
  const r = await sql<{ county: string; persons: number; urban: number; households: number }>`
    select c.county, coalesce(p.persons, 0)::int as persons, coalesce(p.urban, 0)::int as urban,
           coalesce(h.households, 0)::int as households
      from (select distinct county_code as county from household) c
      left join (select h.county_code as county, count(*) as persons,
                        count(*) filter (where u.urban_rural_code like '1%') as urban
                   from person p join household h on h.household_id = p.household_id
                   join division_unit u on u.code = h.division_code
                  where p.status = 'active' group by 1) p on p.county = c.county
      left join (select county_code as county, count(*) as households from household
                  where status = 'active' group by 1) h on h.county = c.county`.execute(deps.database.db);
  return r.rows;
}
