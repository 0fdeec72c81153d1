// The whole-register quality scan (T12): one ordered pass over the active persons (ID checks, required items and
// probable duplicates block by block) plus set-based statements for shared numbers, heads, 一址一户 (T4) and the
// department feeds. Pure detectors decide; this file only moves rows between the database and them.
import { sql, type Kysely } from 'kysely';
import {
  checkAddresses, checkDuplicateIds, checkHeads, forgetNameKeys, reconcileFeed, scorePair, duplicateFinding,
  type CandidateRow, type Finding, type QualityParameters,
} from '../../domain/quality/index.ts';
import {
  activeInFeed, analyzeRegister, headAnomalies, householdNosOf, notDuplicatePairs, relativeNames, sharedAddresses, activePersonsByNumbers,
} from '../../db/repositories/quality/scan-reads.ts';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { workMemSetting } from '../../db/repositories/quality/person-stream.ts';
import { registerSource, runOrderedPass } from './ordered-pass.ts';

export interface ScanProgress {
  phase: 'persons' | 'numbers' | 'households' | 'addresses' | 'feeds' | 'relatives' | 'done';
  persons: number;
}

export interface ScanOptions {
  batchSize?: number;
  /** PostgreSQL work_mem for the ordered pass (the sort of the active persons). */
  workMem?: string;
  /** About how many persons one slice (page range) of the ordered pass holds (PostgreSQL). */
  partitionRows?: number;
  onProgress?: (p: ScanProgress) => void;
}

export interface ScanStats {
  persons: number;
  /** Slices (page ranges) the ordered pass read the register in. */
  ranges: number;
  comparedPairs: number;
  skippedBlocks: number;
  grayPairs: number;
  millis: Record<string, number>;
}

/** The server's work_mem for the scan's statements unless the caller says otherwise. */
const DEFAULT_WORK_MEM = '256MB';

export async function scanRegister(database: Database, params: QualityParameters, options: ScanOptions = {}): Promise<{ findings: Finding[]; stats: ScanStats }> {
  const db = database.db;
  // Sorting a slice and hashing households in memory instead of spilling to disk.
  options = { workMem: DEFAULT_WORK_MEM, ...options };
  const progress = options.onProgress ?? (() => {});
  const millis: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    const now = Date.now();
    millis[name] = now - t;
    t = now;
  };
  await analyzeRegister(db);
  const notDuplicates = await notDuplicatePairs(db);
  // On PostgreSQL the checks across records (heads, addresses, feeds) run on another connection while the ordered
  // pass keeps this process busy: the server has a core to spare then. PGlite has one session: they run after.
  const concurrent = database.kind === 'postgres';
  const across = concurrent ? checkAcrossRecords(db, options.workMem) : null;
  across?.catch(() => {}); // awaited below; a failure must not go unhandled while the pass runs
  const source = registerSource(database, {
    ...(options.workMem ? { workMem: options.workMem } : {}),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.partitionRows ? { partitionRows: options.partitionRows } : {}),
  });
  // The name caches serve the whole pass and the rescoring of its gray pairs, then are let go (see forgetNameKeys).
  const pass = await runOrderedPass(source, params, notDuplicates, { onBatch: (n) => progress({ phase: 'persons', persons: n }) }).catch((e) => {
    forgetNameKeys();
    throw e;
  });
  const { persons, gray, comparedPairs, skippedBlocks } = pass;
  const viaHouseholdId = pass.findings;
  lap('persons');

  progress({ phase: 'relatives', persons });
  viaHouseholdId.push(...(await decideWithHouseholds(db, gray, params).finally(forgetNameKeys)));
  const householdIds = [...new Set(viaHouseholdId.flatMap((f) => f.householdNos))];
  const nos = await householdNosOf(db, householdIds);
  const findings = viaHouseholdId.map((f) => ({ ...f, householdNos: f.householdNos.map((id) => nos.get(id) ?? id) }));
  lap('relatives');

  progress({ phase: 'numbers', persons });
  findings.push(...checkDuplicateIds(await activePersonsByNumbers(db, [...new Set(pass.sharedNumbers.flat())])));
  lap('numbers');
  progress({ phase: 'households', persons });
  const acrossRecords = await (across ?? checkAcrossRecords(db, options.workMem));
  findings.push(...acrossRecords.findings);
  Object.assign(millis, acrossRecords.millis);
  lap('waitAcross');
  progress({ phase: 'done', persons });
  return { findings, stats: { persons, ranges: pass.ranges, comparedPairs, skippedBlocks, grayPairs: gray.length, millis } };
}

/** Heads, 一址一户 and the two feeds: set-based statements in one transaction, with room to hash in memory. */
async function checkAcrossRecords(db: Kysely<DB>, workMem: string | undefined): Promise<{ findings: Finding[]; millis: Record<string, number> }> {
  return db.transaction().execute(async (trx) => {
    const setting = workMemSetting(workMem);
    if (setting) await sql.raw(setting).execute(trx);
    const findings: Finding[] = [];
    const millis: Record<string, number> = {};
    let t = Date.now();
    const lap = (name: string) => {
      millis[name] = Date.now() - t;
      t = Date.now();
    };
    const heads = await headAnomalies(trx);
    findings.push(...checkHeads(heads.households, heads.members));
    lap('households');
    findings.push(...checkAddresses(await sharedAddresses(trx)));
    lap('addresses');
    for (const feed of ['deaths', 'enlistments'] as const) {
      const hits = await activeInFeed(trx, feed);
      findings.push(...reconcileFeed(feed, hits.map((h) => h.feed), hits.map((h) => h.person)));
    }
    lap('feeds');
    return { findings, millis };
  });
}

/** Read the households of the gray pairs (members' names and count) and decide each pair with that evidence. */
export async function decideWithHouseholds(db: Kysely<DB>, gray: ReadonlyArray<[CandidateRow, CandidateRow]>, params: QualityParameters): Promise<Finding[]> {
  if (!gray.length) return [];
  const members = await relativeNames(db, [...new Set(gray.flatMap(([a, b]) => [a.householdNo!, b.householdNo!]).filter(Boolean))]);
  const withHousehold = (r: CandidateRow): CandidateRow => {
    const list = members.get(r.householdNo ?? '') ?? [];
    return { ...r, householdSize: list.length, relativeNames: list.filter((x) => x.personId !== r.personId).map((x) => x.name) };
  };
  const out: Finding[] = [];
  for (const [a, b] of gray) {
    const s = scorePair(withHousehold(a), withHousehold(b), params.duplicate);
    if (s.score >= params.duplicate.threshold) out.push(duplicateFinding(a, b, s));
  }
  return out;
}
