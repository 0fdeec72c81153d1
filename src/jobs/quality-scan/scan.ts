// The whole-register quality scan (T12): one pass over the active persons (ID checks, required items, probable
// duplicates block by block, the gray pairs decided with their households) plus set-based statements for shared
// numbers, heads, 一址一户 (T4) and the department feeds. Pure detectors decide; this file only moves rows between
// the database and them.
import { sql, type Kysely } from 'kysely';
import {
  checkAddresses,
  checkDuplicateIds,
  checkHeads,
  forgetNameForms,
  reconcileFeed,
  type Finding,
  type QualityParameters,
} from '../../domain/quality/index.ts';
import {
  activeInFeed,
  analyzeRegister,
  estimatedPersons,
  headAnomalies,
  householdNosOf,
  notDuplicatePairs,
  sharedAddresses,
  activePersonsByNumbers,
} from '../../db/repositories/quality/scan-reads.ts';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { ROOMY_WORK_MEM, workMemSetting } from '../../db/work-mem.ts';
import { registerSource, runRegisterPass, type RegisterSource } from './register-pass.ts';

export interface ScanProgress {
  phase: 'persons' | 'numbers' | 'households' | 'addresses' | 'feeds' | 'done';
  persons: number;
  /** About how many persons the pass will read (every status counted), when known. */
  total: number | null;
}

export interface ScanOptions {
  /** PostgreSQL work_mem for the set-based statements (the heads' hash aggregate of the active persons). */
  workMem?: string;
  onProgress?: (p: ScanProgress) => void;
  /** Where the pass reads the persons; the register unless a test or benchmark says otherwise. */
  source?: RegisterSource;
}

export interface ScanStats {
  persons: number;
  comparedPairs: number;
  skippedBlocks: number;
  grayPairs: number;
  /** Distinct names and name keys the pass held. */
  names: number;
  nameKeys: number;
  millis: Record<string, number>;
}

export async function scanRegister(
  database: Database,
  params: QualityParameters,
  options: ScanOptions = {},
): Promise<{ findings: Finding[]; stats: ScanStats }> {
  const db = database.db;
  // Hashing the households in memory instead of spilling to disk.
  const workMem = options.workMem ?? ROOMY_WORK_MEM;
  const progress = options.onProgress ?? (() => {});
  const millis: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    const now = Date.now();
    millis[name] = now - t;
    t = now;
  };
  await analyzeRegister(db);
  const total = await estimatedPersons(db);
  const notDuplicates = await notDuplicatePairs(db);
  // On PostgreSQL the checks across records (heads, addresses, feeds) run on another connection while the pass
  // keeps this process busy: the server has a core to spare then. PGlite has one session: they run after.
  const concurrent = database.kind === 'postgres';
  const across = concurrent ? checkAcrossRecords(db, workMem) : null;
  across?.catch(() => {}); // awaited below; a failure must not go unhandled while the pass runs
  let persons = 0;
  // The name forms serve the whole pass, then are let go (see forgetNameForms).
  const pass = await runRegisterPass(options.source ?? registerSource(database), params, notDuplicates, {
    onProgress: (n) => progress({ phase: 'persons', persons: (persons += n), total }),
  }).finally(forgetNameForms);
  lap('persons');

  const nos = await householdNosOf(db, [...new Set(pass.findings.flatMap((f) => f.householdNos))]);
  const findings = pass.findings.map((f) => ({
    ...f,
    householdNos: f.householdNos.map((id) => nos.get(id) ?? id),
  }));
  lap('householdNumbers');
  progress({ phase: 'numbers', persons, total });
  findings.push(
    ...checkDuplicateIds(await activePersonsByNumbers(db, [...new Set(pass.sharedNumbers.flat())])),
  );
  lap('numbers');
  progress({ phase: 'households', persons, total });
  const acrossRecords = await (across ?? checkAcrossRecords(db, workMem));
  findings.push(...acrossRecords.findings);
  Object.assign(millis, acrossRecords.millis);
  lap('waitAcross');
  progress({ phase: 'done', persons, total });
  const { comparedPairs, skippedBlocks, grayPairs, names, nameKeys } = pass;
  return {
    findings,
    stats: { persons: pass.persons, comparedPairs, skippedBlocks, grayPairs, names, nameKeys, millis },
  };
}

/** Heads, 一址一户 and the two feeds: set-based statements in one transaction, with room to hash in memory. */
async function checkAcrossRecords(
  db: Kysely<DB>,
  workMem: string | undefined,
): Promise<{ findings: Finding[]; millis: Record<string, number> }> {
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
      findings.push(
        ...reconcileFeed(
          feed,
          hits.map((h) => h.feed),
          hits.map((h) => h.person),
        ),
      );
    }
    lap('feeds');
    return { findings, millis };
  });
}
