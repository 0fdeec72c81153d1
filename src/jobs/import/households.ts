// households.csv → household rows by COPY. Keeps, per household number, what persons need later (county, creation
// day, whether a head was seen) in compact columns; a second family household at an address already taken lands
// flagged address-multiple-households (outside the one-address-one-household index, for the quality scan).
import { basename } from 'node:path';
import { householdIssues } from '../../domain/exchange/validate.ts';
import { countyCodeOf } from '../../domain/divisions/tree.ts';
import { addressKey } from '../../domain/registry/model.ts';
import { isoToDay } from '../../domain/synthetic/dates.ts';
import { COUNTY_INDEX, expectedRows, nullable, sequentialUuid, text, type ImportContext } from './context.ts';
import { forEachBatch, type FileRecord } from './records.ts';

export const HOUSEHOLD_COLUMNS = [
  'household_id',
  'household_no',
  'kind',
  'division_code',
  'address_detail',
  'address_key',
  'county_code',
  'status',
  'created_on',
  'legacy_flag',
  'version',
  'import_batch_id',
] as const;

async function existingNumbers(ctx: ImportContext, records: FileRecord[]): Promise<Set<string>> {
  if (!ctx.registerHadRows || records.length === 0) return new Set();
  const rows = await ctx.sink.lookup<{ household_no: string }>(
    'select household_no from household where household_no = any($1::text[])',
    [records.map((r) => r.get('household_no'))],
  );
  return new Set(rows.map((r) => r.household_no));
}

export async function loadHouseholds(ctx: ImportContext, path: string, idPrefix: string) {
  const file = basename(path);
  const target = await ctx.sink.copy('household', HOUSEHOLD_COLUMNS);
  const lookups = { isKnownUnit: (c: string) => ctx.units.has(c) };
  // A households row: a 15-character number, a 12-digit unit, an address — about 70 bytes as generated.
  const rows = expectedRows(path, 70);
  ctx.households.reserve(rows);
  ctx.familyAddresses.reserve(rows);
  await forEachBatch(ctx, 'households', path, async (records) => {
    const inDatabase = await existingNumbers(ctx, records);
    for (const r of records) {
      const issues = householdIssues(r.get, lookups);
      const no = r.get('household_no');
      if (issues.length === 0 && inDatabase.has(no))
        issues.push({
          column: 'household_no',
          reason: `户号已在户籍库中 / household_no already in the register: ${no}`,
        });
      if (issues.length === 0) {
        ctx.households.add(no);
        if (!ctx.households.added)
          issues.push({ column: 'household_no', reason: `户号在文件中重复 / duplicate household_no ${no}` });
      }
      if (issues.length) {
        ctx.reject({ file, line: r.line, issues, fields: r.fields });
        continue;
      }
      const e = ctx.households.get(no);
      const division = r.get('division_code');
      const county = countyCodeOf(division)!;
      const created = r.get('created_on');
      ctx.householdCounty.set(e, COUNTY_INDEX.get(county)!);
      ctx.householdCreated.set(e, isoToDay(created));
      const kind = r.get('kind');
      const detail = r.get('address');
      const key = addressKey({ divisionCode: division, detail });
      let flag = '';
      if (kind === 'family') {
        if (!ctx.familyAddresses.add(key)) flag = 'address-multiple-households';
      }
      if (flag) ctx.counts.flagged++;
      ctx.counts.households++;
      const w = target.write(
        `${sequentialUuid(idPrefix, e)},${text(no)},${kind},${division},${text(detail)},${text(key)},${county},active,${created},${nullable(flag)},1,${ctx.batchId}\n`,
      );
      if (w) await w;
    }
  });
  await target.end();
}
