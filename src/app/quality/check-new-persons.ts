// Use case: check persons a registry event just brought in (birth, move-in, new household, correction) against the
// register at once. A second active registration of an ID number is already refused by the registry itself; here a
// near-duplicate is flagged into the work queue for a person to decide. `watchRegistryEvents` runs it for every
// event after a stored cursor (the CLI `hukou quality watch`, or after each change).
import {
  decideGrayPairs,
  findDuplicatesInBlock,
  type CandidateRow,
  type Finding,
} from '../../domain/quality/index.ts';
import { storeFindings } from '../../db/repositories/quality/findings.ts';
import {
  activeNameCounts,
  blockOf,
  householdNosOf,
  notDuplicatePairs,
  personsOfEventsAfter,
  relativeNames,
} from '../../db/repositories/quality/scan-reads.ts';
import type { AppDeps } from '../context.ts';
import { dueDate, qualityParametersNow } from './run-scan.ts';

export async function checkNewPersons(deps: AppDeps, personIds: string[]): Promise<Finding[]> {
  const db = deps.database.db;
  const params = qualityParametersNow(deps);
  const rows = await blockOf(db, personIds);
  const wanted = new Set(personIds);
  const blocks = new Map<string, typeof rows>();
  for (const r of rows)
    blocks.set(`${r.birthDate}|${r.sex}`, [...(blocks.get(`${r.birthDate}|${r.sex}`) ?? []), r]);
  const notDuplicates = await notDuplicatePairs(db);
  const gray: Array<[CandidateRow, CandidateRow]> = [];
  for (const block of blocks.values()) {
    const r = findDuplicatesInBlock(block, params.duplicate, notDuplicates, { deferToContext: true });
    gray.push(...r.gray.filter(([a, b]) => wanted.has(a.personId) || wanted.has(b.personId)));
  }
  const households = [
    ...new Set(gray.flatMap(([a, b]) => [a.householdNo, b.householdNo]).filter((h): h is string => !!h)),
  ];
  // How common each name is, counted for the gray pairs only: decided without the counts they are a superset of
  // those the counts leave (a common name only lowers a score), and the scan counts the same.
  const counts = await activeNameCounts(db, [
    ...new Set(gray.flatMap(([a, b]) => [a.name, b.name]).filter((n): n is string => !!n)),
  ]);
  const counted = (r: CandidateRow): CandidateRow => ({ ...r, nameCount: counts.get(r.name ?? '') });
  const found = decideGrayPairs(
    gray.map(([a, b]) => [counted(a), counted(b)]),
    await relativeNames(db, households),
    params.duplicate,
  );
  const nos = await householdNosOf(db, [...new Set(found.flatMap((f) => f.householdNos))]);
  const findings = found.map((f) => ({ ...f, householdNos: f.householdNos.map((id) => nos.get(id) ?? id) }));
  if (findings.length) await storeFindings(db, null, findings, dueDate(deps, params.dueDays), deps.now());
  return findings;
}

const CURSOR = 'registry-events';

export async function watchRegistryEvents(
  deps: AppDeps,
  batch = 1000,
): Promise<{ checked: number; findings: number; lastSeq: number }> {
  const db = deps.database.db;
  const cursor = await db
    .selectFrom('quality_event_cursor')
    .select('event_seq')
    .where('name', '=', CURSOR)
    .executeTakeFirst();
  let after = Number(cursor?.event_seq ?? 0);
  let checked = 0;
  let findings = 0;
  for (;;) {
    const { personIds, lastSeq } = await personsOfEventsAfter(db, after, batch);
    if (lastSeq === after) break;
    findings += (await checkNewPersons(deps, personIds)).length;
    checked += personIds.length;
    after = lastSeq;
    await db
      .insertInto('quality_event_cursor')
      .values({ name: CURSOR, event_seq: after })
      .onConflict((oc) => oc.column('name').doUpdateSet({ event_seq: after }))
      .execute();
  }
  return { checked, findings, lastSeq: after };
}
