// persons.csv → person rows by COPY, and the active persons' memberships by a COPY beside it (PGlite commits the two
// together chunk by chunk; PostgreSQL streams the memberships on a second connection: 1 M rows of insert-select after
// the load took 6–10 s, the COPY ≈ 5 s of a backend that runs beside the parse). A person whose
// household is neither in this import nor in the register is a bad row. Records that break a register invariant
// as written — a second active holder of an ID number, a second active head, an empty ID number — land with
// legacy_flag set (outside the unique indexes) for the quality scan to find.
import { basename } from 'node:path';
import { personIssues } from '../../domain/exchange/validate.ts';
import { dayToIso, isoToDay } from '../../domain/synthetic/dates.ts';
import {
  cachedNameKeys,
  COUNTY_INDEX,
  ownCopy,
  DUPLICATE_LIST_MAX,
  expectedRows,
  COUNTY_LIST,
  FROM_DATABASE,
  HAS_HEAD,
  nullable,
  sequentialUuid,
  text,
  type ImportContext,
} from './context.ts';
import { forEachBatch, type FileRecord } from './records.ts';
import { HEAD_RELATION } from '../../domain/codes/relationships.ts';

export const PERSON_COLUMNS = [
  'person_id',
  'id_number',
  'name',
  'name_pinyin',
  'name_initials',
  'sex',
  'birth_date',
  'ethnicity',
  'status',
  'cancelled_reason',
  'household_id',
  'relation',
  'county_code',
  'former_type',
  'residence_division_code',
  'residing_since',
  'legacy_flag',
  'version',
  'import_batch_id',
] as const;

export const MEMBERSHIP_COLUMNS = ['person_id', 'household_id', 'relation', 'since', 'county_code'] as const;

/** Households the persons name that this import did not bring: look them up in the register. */
async function resolveFromDatabase(ctx: ImportContext, records: FileRecord[]) {
  if (!ctx.registerHadRows) return;
  const missing = [
    ...new Set(records.map((r) => r.get('household_no')).filter((no) => ctx.households.get(no) < 0)),
  ];
  if (missing.length === 0) return;
  const rows = await ctx.sink.lookup<{
    household_id: string;
    household_no: string;
    county_code: string;
    created_on: string;
    has_head: boolean;
  }>(
    `select h.household_id, h.household_no, h.county_code, h.created_on::text as created_on,
            exists (select 1 from person p where p.household_id = h.household_id and p.status = 'active' and p.relation = '${HEAD_RELATION}') as has_head
       from household h where h.household_no = any($1::text[])`,
    [missing],
  );
  for (const h of rows) {
    const e = ctx.households.add(h.household_no);
    ctx.householdIdsFromDatabase.set(e, h.household_id);
    ctx.householdCounty.set(e, COUNTY_INDEX.get(h.county_code) ?? 0);
    ctx.householdCreated.set(e, isoToDay(h.created_on));
    ctx.householdFlags.set(e, FROM_DATABASE | (h.has_head ? HAS_HEAD : 0));
  }
}

export async function loadPersons(
  ctx: ImportContext,
  path: string,
  prefixes: { household: string; person: string },
) {
  const file = basename(path);
  const target = await ctx.sink.copy('person', PERSON_COLUMNS);
  const memberships = await ctx.sink.copy('membership', MEMBERSHIP_COLUMNS);
  const lookups = { isKnownUnit: (c: string) => ctx.units.has(c) };
  const nameKeys = await cachedNameKeys();
  // A persons row: an 18-digit number, a name of 2–3 characters, codes and dates — 85–100 bytes as generated.
  ctx.activeIds.reserve(expectedRows(path, 90));
  let seq = 0;
  await forEachBatch(ctx, 'persons', path, async (records) => {
    await resolveFromDatabase(ctx, records);
    for (const r of records) {
      const issues = personIssues(r.get, lookups);
      const e = ctx.households.get(r.get('household_no'));
      if (e < 0 && issues.length === 0)
        issues.push({
          column: 'household_no',
          reason: `户号不存在 / no such household: ${r.get('household_no')}`,
        });
      if (issues.length) {
        ctx.reject({ file, line: r.line, issues, fields: r.fields });
        continue;
      }
      const id = r.get('id_number');
      const active = r.get('status') === 'active';
      const relation = r.get('relation');
      let flag = '';
      if (active) {
        if (id === '') flag = 'missing-required';
        else {
          if (!ctx.activeIds.add(id)) {
            flag = 'duplicate-id-number';
            if (ctx.duplicateIds && ctx.duplicateIds.length < DUPLICATE_LIST_MAX)
              ctx.duplicateIds.push(ownCopy(id));
            else ctx.duplicateIds = null;
          }
        }
        if (relation === HEAD_RELATION) {
          const f = ctx.householdFlags.get(e);
          if (f & HAS_HEAD) flag ||= 'household-multiple-heads';
          else ctx.householdFlags.set(e, f | HAS_HEAD);
        }
      }
      if (flag) ctx.counts.flagged++;
      const name = r.get('name');
      const keys = nameKeys(name);
      const householdId = ctx.householdIdsFromDatabase.get(e) ?? sequentialUuid(prefixes.household, e);
      const personId = sequentialUuid(prefixes.person, seq++);
      const birth = r.get('birth_date');
      const county = COUNTY_LIST[ctx.householdCounty.get(e)];
      ctx.counts.persons++;
      const w = target.write(
        `${personId},${text(id)},${text(name)},${text(keys.full)},${text(keys.initials)},` +
          `${r.get('sex')},${birth},${text(r.get('ethnicity'))},${r.get('status')},${nullable(r.get('cancelled_reason'))},` +
          `${householdId},${relation},${county},${nullable(r.get('former_type'))},` +
          `${nullable(r.get('residence_division_code'))},${nullable(r.get('residing_since'))},${nullable(flag)},1,${ctx.batchId}\n`,
      );
      if (w) await w;
      if (active) {
        // Since the later of the household's creation and the birth (ISO dates compare as strings).
        const created = dayToIso(ctx.householdCreated.get(e));
        const m = memberships.write(
          `${personId},${householdId},${relation},${birth > created ? birth : created},${county}\n`,
        );
        if (m) await m;
      }
    }
  });
  await target.end();
  await memberships.end();
}
