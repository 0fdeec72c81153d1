// hukou export: write the register as the contract's files (spec/data-exchange.md), in the order generate writes
// them (src/domain/exchange/order.ts), so export → import → export gives identical files. Rows stream through a
// server-side cursor in pages; memory stays flat.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXCHANGE_FILES, type ExchangeKind } from '../../domain/exchange/columns.ts';
import { COUNTIES, TOWNS } from '../../domain/divisions/tree.ts';
import type { Database } from '../../db/connection.ts';
import { CsvWriter } from '../csv/writer.ts';
import { silentProgress, type Progress } from '../progress.ts';
import { withCursor } from './cursor.ts';

const C = 'collate "C"';

const QUERIES: Record<Exclude<ExchangeKind, 'divisions'>, string> = {
  households: `select household_no, kind, division_code, address_detail as address, created_on::text as created_on
                 from household order by household_no ${C}`,
  persons: `select p.id_number, p.name, p.sex, p.birth_date::text as birth_date, p.ethnicity,
                   coalesce(h.household_no, '') as household_no, coalesce(p.relation, '') as relation, p.status,
                   coalesce(p.cancelled_reason, '') as cancelled_reason, coalesce(p.former_type, '') as former_type,
                   coalesce(p.residence_division_code, '') as residence_division_code,
                   coalesce(p.residing_since::text, '') as residing_since
              from person p left join household h on h.household_id = p.household_id
             order by coalesce(h.household_no, '') ${C}, coalesce(p.relation, '') ${C}, p.id_number ${C}, p.name ${C},
                      p.birth_date, p.sex ${C}, p.status ${C}, coalesce(p.cancelled_reason, '') ${C}, p.ethnicity ${C},
                      coalesce(p.former_type, '') ${C}, coalesce(p.residence_division_code, '') ${C}, p.residing_since nulls first`,
  deaths: `select id_number, name, event_date::text as death_date from quality_feed_record where feed = 'deaths'
            order by id_number ${C}, event_date, name ${C}`,
  enlistments: `select id_number, name, event_date::text as enlisted_on from quality_feed_record where feed = 'enlistments'
                 order by id_number ${C}, event_date, name ${C}`,
};

export interface ExportResult {
  dir: string;
  files: Record<string, number>;
  seconds: number;
}

async function divisionRows(database: Database) {
  const units = await database.db
    .selectFrom('division_unit')
    .select(['code', 'name', 'urban_rural_code'])
    .execute();
  const rows = [
    ...[...COUNTIES.values()].map((c) => ({ code: c.code, name: c.name, urban_rural_code: '' })),
    ...[...TOWNS.values()].map((t) => ({ code: t.code, name: t.name, urban_rural_code: '' })),
    ...units,
  ];
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export async function exportDirectory(
  database: Database,
  options: { dir: string; progress?: Progress },
): Promise<ExportResult> {
  const t0 = Date.now();
  const progress = options.progress ?? silentProgress;
  mkdirSync(options.dir, { recursive: true });
  const files: Record<string, number> = {};
  const divisions = new CsvWriter(
    join(options.dir, EXCHANGE_FILES.divisions.file),
    EXCHANGE_FILES.divisions.columns,
  );
  for (const row of await divisionRows(database)) divisions.write(row);
  await divisions.close();
  files[EXCHANGE_FILES.divisions.file] = divisions.rows;
  for (const kind of ['households', 'persons', 'deaths', 'enlistments'] as const) {
    const spec = EXCHANGE_FILES[kind];
    const writer = new CsvWriter<string>(join(options.dir, spec.file), spec.columns);
    progress.start(`导出 / export ${spec.file}`, null);
    await withCursor(database, QUERIES[kind], async (rows) => {
      for (const row of rows) {
        const w = writer.write(row as Record<string, string>);
        if (w) await w;
      }
      progress.update(writer.rows);
    });
    progress.stop();
    await writer.close();
    files[spec.file] = writer.rows;
  }
  return { dir: options.dir, files, seconds: Math.round((Date.now() - t0) / 100) / 10 };
}
