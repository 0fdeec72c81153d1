// divisions.csv: counties and towns are checked against the tree (src/domain/divisions) and not stored; village and
// community units (12 digits) are upserted into division_unit: reference data, the same after any rerun.
import { basename } from 'node:path';
import { divisionIssues } from '../../domain/exchange/validate.ts';
import { countyCodeOf } from '../../domain/divisions/tree.ts';
import type { ImportContext } from './context.ts';
import { forEachBatch } from './records.ts';

export async function loadDivisions(ctx: ImportContext, path: string) {
  const file = basename(path);
  await forEachBatch(ctx, 'divisions', path, async (records) => {
    const units: string[][] = [];
    for (const r of records) {
      const issues = divisionIssues(r.get);
      if (issues.length) {
        ctx.reject({ file, line: r.line, issues, fields: r.fields });
        continue;
      }
      ctx.counts.divisions++;
      const code = r.get('code');
      if (code.length === 12) {
        ctx.units.add(code);
        units.push([code, r.get('name'), r.get('urban_rural_code'), countyCodeOf(code)!]);
      }
    }
    for (let i = 0; i < units.length; i += 500) {
      const part = units.slice(i, i + 500);
      const values = part
        .map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`)
        .join(', ');
      await ctx.sink.query(
        `insert into division_unit (code, name, urban_rural_code, county_code) values ${values}
         on conflict (code) do update set name = excluded.name, urban_rural_code = excluded.urban_rural_code`,
        part.flat(),
      );
    }
  });
}
