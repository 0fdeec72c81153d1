// Read one contract file in batches of records, check its header and each record's width, and hand the loader
// accessors by column name. Header problems reject the whole file (nothing of it can be read as meant).
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { mapHeader, widthIssue, type HeaderMap } from '../../domain/exchange/validate.ts';
import type { ExchangeKind } from '../../domain/exchange/columns.ts';
import { readCsv, type CsvRecord } from '../csv/reader.ts';
import type { ImportContext } from './context.ts';

export interface FileRecord {
  line: number;
  fields: string[];
  get(column: string): string;
}

export async function forEachBatch(
  ctx: ImportContext,
  kind: ExchangeKind,
  path: string,
  handle: (records: FileRecord[]) => Promise<void>,
): Promise<void> {
  const file = basename(path);
  let map: HeaderMap | null = null;
  let bytesBefore = 0;
  const size = statSync(path).size;
  for await (const batch of readCsv(path, { onBytes: (b) => (bytesBefore = b) })) {
    let records: CsvRecord[] = batch;
    if (!map) {
      const header = mapHeader(kind, batch[0]!.fields, ctx.ignoreExtra);
      if (header.issues.length) {
        ctx.reject({ file, line: batch[0]!.line, issues: header.issues, fields: batch[0]!.fields });
        return;
      }
      map = header.map;
      records = batch.slice(1);
    }
    const { index, width } = map;
    const good: FileRecord[] = [];
    for (const r of records) {
      if (r.error)
        ctx.reject({ file, line: r.line, issues: [{ column: '(row)', reason: r.error }], fields: r.fields });
      else if (r.fields.length !== width)
        ctx.reject({ file, line: r.line, issues: [widthIssue(width, r.fields.length)], fields: r.fields });
      else {
        const fields = r.fields;
        good.push({ line: r.line, fields, get: (c) => fields[index[c]!]! });
      }
    }
    await handle(good);
    ctx.onRows(records.length, Math.min(bytesBefore, size));
  }
}
