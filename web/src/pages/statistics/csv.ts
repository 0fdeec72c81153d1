// The numbers behind a chart as a CSV file a spreadsheet opens as written: UTF-8 with a byte-order mark (without it
// Excel reads Chinese as mojibake), CRLF line ends (RFC 4180), a field quoted only when it must be. A text cell
// that begins like a formula (= + - @) is prefixed with an apostrophe so the spreadsheet shows it rather than
// running it; numbers are written as numbers.

export type CsvCell = string | number | null;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A file name for a chart's numbers: the chart, the scope and the day, safe on every file system. */
export function csvFileName(chart: string, scope: string, asOf: string | undefined): string {
  return `${[chart, scope, asOf ?? 'today'].join('-').replace(/[^\w.-]+/g, '_')}.csv`;
}
