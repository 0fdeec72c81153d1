// The whole-register quality scan (T12): one ordered pass over the active persons (ID checks, required items and
// probable duplicates block by block) plus set-based statements for shared numbers, heads, 一址一户 (T4) and the
// department feeds. Pure detectors decide; this file only moves rows between the database and them.
import type { Kysely } from 'kysely';
import {
  checkAddresses, checkDuplicateIds, checkHeads, checkPerson, findDuplicatesInBlock, reconcileFeed, scorePair, duplicateFinding,
  type CandidateRow, type Finding, type QualityParameters,
} from '../../domain/quality/index.ts';
import {
  activeInFeed, analyzeRegister, headAnomalies, householdNosOf, notDuplicatePairs, relativeNames, sharedAddresses, sharedIdNumberGroups, streamActivePersons,
} from '../../db/repositories/quality/scan-reads.ts';
import type { DB } from '../../db/schema.ts';

export interface ScanProgress {
  phase: 'persons' | 'numbers' | 'households' | 'addresses' | 'feeds' | 'relatives' | 'done';
  persons: number;
}

export interface ScanOptions {
  batchSize?: number;
  /** PostgreSQL work_mem for the ordered pass (the sort of the active persons). */
  workMem?: string;
  onProgress?: (p: ScanProgress) => void;
}

export interface ScanStats {
  persons: number;
  comparedPairs: number;
  skippedBlocks: number;
  grayPairs: number;
  millis: Record<string, number>;
}

export async function scanRegister(db: Kysely<DB>, params: QualityParameters, options: ScanOptions = {}): Promise<{ findings: Finding[]; stats: ScanStats }> {
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
  const viaHouseholdId: Finding[] = [];
  const gray: Array<[CandidateRow, CandidateRow]> = [];
  let comparedPairs = 0;
  let skippedBlocks = 0;
  let block: CandidateRow[] = [];
  let blockKey = '';
  const flush = () => {
    const r = findDuplicatesInBlock(block, params.duplicate, notDuplicates, { deferToContext: true });
    viaHouseholdId.push(...r.findings);
    gray.push(...r.gray);
    comparedPairs += r.comparedPairs;
    skippedBlocks += r.skippedBlocks;
    block = [];
  };
  const persons = await streamActivePersons(
    db,
    options.batchSize ?? 20_000,
    (rows) => {
      for (const row of rows) {
        for (const f of checkPerson(row, params.requiredItems)) viaHouseholdId.push(f);
        if (!row.name || !row.name.trim()) continue;
        const key = `${row.birthDate}|${row.sex}`;
        if (key !== blockKey) {
          flush();
          blockKey = key;
        }
        block.push(row);
      }
      progress({ phase: 'persons', persons: rows.length });
    },
    options.workMem ? { workMem: options.workMem } : {},
  );
  flush();
  lap('persons');

  progress({ phase: 'relatives', persons });
  viaHouseholdId.push(...(await decideWithHouseholds(db, gray, params)));
  const householdIds = [...new Set(viaHouseholdId.flatMap((f) => f.householdNos))];
  const nos = await householdNosOf(db, householdIds);
  const findings = viaHouseholdId.map((f) => ({ ...f, householdNos: f.householdNos.map((id) => nos.get(id) ?? id) }));
  lap('relatives');

  progress({ phase: 'numbers', persons });
  findings.push(...checkDuplicateIds(await sharedIdNumberGroups(db)));
  lap('numbers');
  progress({ phase: 'households', persons });
  const heads = await headAnomalies(db);
  findings.push(...checkHeads(heads.households, heads.members));
  lap('households');
  progress({ phase: 'addresses', persons });
  findings.push(...checkAddresses(await sharedAddresses(db)));
  lap('addresses');
  progress({ phase: 'feeds', persons });
  for (const feed of ['deaths', 'enlistments'] as const) {
    const hits = await activeInFeed(db, feed);
    findings.push(...reconcileFeed(feed, hits.map((h) => h.feed), hits.map((h) => h.person)));
  }
  lap('feeds');
  progress({ phase: 'done', persons });
  return { findings, stats: { persons, comparedPairs, skippedBlocks, grayPairs: gray.length, millis } };
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
