// A department feed file (deaths.csv / enlistments.csv, ../shared/spec/data-exchange.md) read in the browser:
// RFC 4180 (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM), header names fixed, column order free, extra
// columns an error. Each row is checked with the API's own record schema, so what the page sends is what the
// server accepts; a bad row is reported as line: column: reason and nothing is sent. (The server's CSV reader in
// src/jobs/csv streams from disk with node:fs and cannot run here; the in-memory reader is the domain's.)
import { FEED_COLUMNS, feedRecordSchema } from '../../../../src/domain/quality/schema.ts';
import { parseCsv } from '../../../../src/domain/exchange/csv-text.ts';

export { parseCsv };

export type FeedKind = keyof typeof FEED_COLUMNS;
export type FeedRecord = { idNumber: string; name: string; date: string };
export type FeedProblem =
  | { kind: 'missing' | 'extra'; column: string }
  | { kind: 'fields' | 'quote'; line: number }
  | { kind: 'empty' }
  | { kind: 'row'; line: number; column: string; message: string };

/** The feed's records, or every problem found (nothing is sent when there is one). */
export function readFeed(kind: FeedKind, text: string): { records: FeedRecord[]; problems: FeedProblem[] } {
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(text);
  } catch (e) {
    return { records: [], problems: [{ kind: 'quote', line: (e as { line: number }).line }] };
  }
  const [header, ...data] = rows;
  const names = (header?.fields ?? []).map((h) => h.trim());
  const columns: readonly string[] = FEED_COLUMNS[kind];
  const problems: FeedProblem[] = [
    ...columns.filter((c) => !names.includes(c)).map((column) => ({ kind: 'missing' as const, column })),
    ...names.filter((n) => !columns.includes(n)).map((column) => ({ kind: 'extra' as const, column })),
  ];
  if (problems.length) return { records: [], problems };
  if (data.length === 0) return { records: [], problems: [{ kind: 'empty' }] };
  const at = columns.map((c) => names.indexOf(c));
  const records: FeedRecord[] = [];
  for (const row of data) {
    if (row.fields.length !== names.length) {
      problems.push({ kind: 'fields', line: row.line });
      continue;
    }
    const parsed = feedRecordSchema.safeParse({
      idNumber: row.fields[at[0]!],
      name: row.fields[at[1]!],
      date: row.fields[at[2]!],
    });
    if (parsed.success) records.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        problems.push({
          kind: 'row',
          line: row.line,
          column: columns[['idNumber', 'name', 'date'].indexOf(key)] ?? key,
          message: issue.message,
        });
      }
    }
  }
  return { records: problems.length ? [] : records, problems };
}

/** Splits the records into the API's request size. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
