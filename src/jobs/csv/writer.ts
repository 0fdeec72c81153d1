// Streaming CSV writer (RFC 4180, UTF-8, \n line ends): rows are joined into ~1 MB strings and written with back
// pressure, so memory stays flat however many rows go through. A field is quoted only when it must be.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  let s = csvField(values[0] ?? '');
  for (let i = 1; i < values.length; i++) s += ',' + csvField(values[i]!);
  return s + '\n';
}

export class CsvWriter<C extends string> {
  private buffer = '';
  private readonly stream: WriteStream;
  rows = 0;

  constructor(
    path: string,
    private readonly columns: readonly C[],
    private readonly flushAt = 1 << 20,
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.buffer = csvLine(columns);
  }

  /** Queue one row; await the returned promise only when it is not undefined (back pressure). */
  write(row: Readonly<Record<C, string>>): Promise<void> | undefined {
    let s = csvField(row[this.columns[0]!] ?? '');
    for (let i = 1; i < this.columns.length; i++) s += ',' + csvField(row[this.columns[i]!] ?? '');
    this.buffer += s + '\n';
    this.rows++;
    return this.buffer.length >= this.flushAt ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const ok = this.stream.write(this.buffer);
    this.buffer = '';
    if (!ok) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
