// Use case: the projection (issue 16, T1) — what the settlement policy, today's or a reform's, would do to the
// registered urbanization if applied to the people already here: every person living apart from their hukou in
// an urban unit of the city and every valid permit holder is decided by the settlement engine on what the
// register records (src/domain/statistics/projection-facts.ts says how an unknown fact counts), then tallied per
// county against T1's target. Reads only; all reads in one REPEATABLE READ snapshot so the chunks agree.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  apartPersonsInPages,
  type ApartRow,
  type RegisteredRow,
  permitHoldersAfter,
  personPages,
  registeredPerCounty,
} from '../../db/repositories/statistics/projection.ts';
import { localDate } from '../../domain/applications/index.ts';
import { resolveParameter, type ParameterSet } from '../../domain/policy/parameters.ts';
import { apartFacts, permitFacts, permitOnDay } from '../../domain/statistics/projection-facts.ts';
import { projectionOutputOf } from '../../domain/statistics/projection-output.ts';
import {
  emptyTally,
  projectionEngine,
  tallyChunk,
  type EvaluatedRow,
  type ProjectionEngine,
  type ProjectionTally,
} from '../../domain/statistics/projection-tally.ts';
import { projectionQuery, type ProjectionOutput } from '../../domain/statistics/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { silentProgress, type Progress } from '../../jobs/progress.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { parametersFromFile, parametersUnder } from '../policy/reforms.ts';
import { runInOneSnapshot, type SnapshotTask } from './one-snapshot.ts';

/** Pages of the person table per chunk: ~25 persons a page, so ~200k persons and a few tens of MB a chunk. */
const PAGES_PER_CHUNK = 8192;
const PERMITS_PER_CHUNK = 20_000;
/** Connections reading at once on PostgreSQL: the machine's 2 cores (a TID range scan is not parallel itself). */
const READERS = 2;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** GET /api/v1/stats/projection?reform=ID: today's parameters, or a shipped reform named by id. */
export async function projectUrbanization(
  deps: AppDeps,
  ctx: RequestContext,
  raw: unknown,
  progress: Progress = silentProgress,
): Promise<ProjectionOutput> {
  requirePermitted(ctx, 'statistics.read');
  const { reform } = parseOrThrow(projectionQuery, raw);
  return runProjection(deps, parametersUnder(deps, reform), progress);
}

/** `hukou stats project [--reform FILE]`: the CLI names a reform file (a path), as `hukou simulate` does. */
export async function projectUrbanizationWithFile(
  deps: AppDeps,
  ctx: RequestContext,
  file: string | undefined,
  progress: Progress = silentProgress,
): Promise<ProjectionOutput> {
  requirePermitted(ctx, 'statistics.read');
  return runProjection(deps, parametersFromFile(deps, file), progress);
}

export async function runProjection(
  deps: Pick<AppDeps, 'database' | 'now'>,
  set: ParameterSet,
  progress: Progress = silentProgress,
): Promise<ProjectionOutput> {
  const now = deps.now();
  const asOf = localDate(now);
  const engine = projectionEngine(set, asOf);
  const tally = emptyTally();
  const db = deps.database.db;
  let registered: RegisteredRow[] = [];
  // The page count is the file's size, not the snapshot's: one range past it catches rows added since.
  const pages = (await personPages(db)) + PAGES_PER_CHUNK;
  const ranges = Array.from({ length: Math.ceil(pages / PAGES_PER_CHUNK) }, (_, i) => i * PAGES_PER_CHUNK);
  progress.start('projection', ranges.length);
  let done = 0;
  const tasks: SnapshotTask[] = [
    async (trx) => {
      registered = await registeredPerCounty(trx);
    },
    ...ranges.map((from) => async (trx: Kysely<DB>) => {
      tallyChunk(tally, engine, (await apartPersonsInPages(trx, from, from + PAGES_PER_CHUNK)).map(apartRow));
      progress.update(++done, tally.evaluated.apart);
    }),
    (trx) => tallyPermitHolders(trx, engine, tally, set, asOf),
  ];
  await runInOneSnapshot(deps.database, tasks, READERS);
  progress.stop();
  return projectionOutputOf(registered, tally, {
    asOf,
    computedAt: now.toISOString(),
    policy: { id: set.id, reform: Boolean(set.reform), ...(set.reform ? { name: set.reform.name } : {}) },
    targetPercent: Number(resolveParameter(set, 'supervision.urbanization.target', asOf).value),
  });
}

const apartRow = (r: ApartRow): EvaluatedRow => ({
  facts: apartFacts({ hukouUrban: r.hukou_urban, residenceUnit: r.residence_unit }),
  source: 'apart',
  from: { county: r.hukou_county, urban: r.hukou_urban },
  to: { county: r.residence_county, urban: r.residence_urban },
  birthDate: r.birth_date,
});

async function tallyPermitHolders(
  trx: Kysely<DB>,
  engine: ProjectionEngine,
  tally: ProjectionTally,
  set: ParameterSet,
  asOf: string,
) {
  for (let after = NO_ID; ;) {
    const rows = await permitHoldersAfter(trx, after, PERMITS_PER_CHUNK);
    if (!rows.length) return;
    after = rows.at(-1)!.id;
    const evaluated = rows.flatMap((r): EvaluatedRow[] => {
      const day = permitOnDay(
        { status: r.status, issuedOn: r.issued_on, endorsements: r.endorsements, countyCode: r.county_code },
        asOf,
        set,
      );
      if (!day.valid) return [];
      const registered = r.hukou_county ? { county: r.hukou_county, urban: r.hukou_urban === true } : null;
      const facts = permitFacts({
        residenceUnit: r.residence_unit,
        hukouRural: r.hukou_rural,
        grounds: r.grounds,
        continuousYears: day.continuousYears,
        insuranceYears: r.insurance_years,
      });
      const to = { county: r.residence_county, urban: r.residence_urban };
      return [{ facts, source: 'permit', from: registered, to, birthDate: r.birth_date }];
    });
    tallyChunk(tally, engine, evaluated);
  }
}
