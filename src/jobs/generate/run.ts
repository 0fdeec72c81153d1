// Write a synthetic 昭通 as the contract's CSV files (spec/data-exchange.md) plus the ground truth of planted
// problems. Households and persons stream straight to disk; only the feeds and the ground truth (about 1% of the
// rows) are held, to be written sorted the way export writes them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXCHANGE_FILES,
  GROUND_TRUTH_COLUMNS,
  GROUND_TRUTH_FILE,
  type DeathRow,
  type EnlistmentRow,
  type PlantedProblem,
} from '../../domain/exchange/columns.ts';
import { compareDeaths, compareEnlistments, comparePersons } from '../../domain/exchange/order.ts';
import { SyntheticCity, type CityOptions } from '../../domain/synthetic/city.ts';
import { CsvWriter } from '../csv/writer.ts';
import { silentProgress, type Progress } from '../progress.ts';

export interface GenerateResult {
  dir: string;
  files: Record<string, number>;
  plantedProblems: number;
  summary: ReturnType<SyntheticCity['stats']['summary']>;
  seconds: number;
}

export async function generateCity(
  options: CityOptions & { dir: string; progress?: Progress },
): Promise<GenerateResult> {
  const t0 = Date.now();
  const progress = options.progress ?? silentProgress;
  mkdirSync(options.dir, { recursive: true });
  const city = new SyntheticCity(options);
  const file = (kind: keyof typeof EXCHANGE_FILES) => join(options.dir, EXCHANGE_FILES[kind].file);
  const divisions = new CsvWriter(file('divisions'), EXCHANGE_FILES.divisions.columns);
  for (const row of city.divisions()) divisions.write(row);
  await divisions.close();
  const households = new CsvWriter(file('households'), EXCHANGE_FILES.households.columns);
  const persons = new CsvWriter(file('persons'), EXCHANGE_FILES.persons.columns);
  const deaths: DeathRow[] = [];
  const enlistments: EnlistmentRow[] = [];
  const problems: PlantedProblem[] = [];
  progress.start('生成 / generate', options.persons);
  for (const item of city.households()) {
    const w1 = households.write(item.household);
    if (w1) await w1;
    item.persons.sort(comparePersons);
    for (const p of item.persons) {
      const w = persons.write(p);
      if (w) await w;
    }
    for (const d of item.deaths) deaths.push(d);
    for (const e of item.enlistments) enlistments.push(e);
    for (const p of item.problems) problems.push(p);
    progress.update(city.stats.active);
  }
  progress.stop();
  await Promise.all([households.close(), persons.close()]);
  const deathWriter = new CsvWriter(file('deaths'), EXCHANGE_FILES.deaths.columns);
  for (const d of deaths.sort(compareDeaths)) deathWriter.write(d);
  await deathWriter.close();
  const enlistWriter = new CsvWriter(file('enlistments'), EXCHANGE_FILES.enlistments.columns);
  for (const e of enlistments.sort(compareEnlistments)) enlistWriter.write(e);
  await enlistWriter.close();
  const truth = new CsvWriter(join(options.dir, GROUND_TRUTH_FILE), GROUND_TRUTH_COLUMNS);
  for (const p of problems)
    truth.write({
      code: p.code,
      id_numbers: p.idNumbers.join(';'),
      household_nos: p.householdNos.join(';'),
      detail: p.detail,
      kind: p.kind ?? '',
    });
  await truth.close();
  return {
    dir: options.dir,
    files: {
      [EXCHANGE_FILES.divisions.file]: divisions.rows,
      [EXCHANGE_FILES.households.file]: households.rows,
      [EXCHANGE_FILES.persons.file]: persons.rows,
      [EXCHANGE_FILES.deaths.file]: deathWriter.rows,
      [EXCHANGE_FILES.enlistments.file]: enlistWriter.rows,
      [GROUND_TRUTH_FILE]: truth.rows,
    },
    plantedProblems: problems.length,
    summary: city.stats.summary(),
    seconds: Math.round((Date.now() - t0) / 100) / 10,
  };
}
