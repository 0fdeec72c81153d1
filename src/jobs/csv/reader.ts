// Streaming RFC 4180 CSV reader: memory stays flat in file size (one chunk plus one unfinished record). Yields
// records in batches, each with the line its record starts on, so errors can say file:line. Quoted fields may hold
// commas, doubled quotes and line breaks. A UTF-8 BOM at the start is dropped; empty lines are skipped.
import { createReadStream } from 'node:fs';

export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record could not be parsed (an unterminated quote); fields then hold what was read. */
  error?: string;
}

export interface ReadOptions {
  /** Bytes read per chunk. */
  chunkSize?: number;
  /** Called with the bytes read so far (for progress). */
  onBytes?: (bytes: number) => void;
}

/** Parse one quoted-or-plain record starting at pos; null when the buffer ends inside it (more data needed). */
function parseSlow(
  buf: string,
  pos: number,
  final: boolean,
): { fields: string[]; next: number; lines: number; error?: string } | null {
  const fields: string[] = [];
  let field = '';
  let i = pos;
  let lines = 1;
  let quoted = false;
  let atStart = true;
  while (i < buf.length) {
    const c = buf.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (buf.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        if (i + 1 >= buf.length && !final) return null;
        quoted = false;
        i++;
        continue;
      }
      if (c === 10) lines++;
      field += buf[i];
      i++;
      continue;
    }
    if (c === 34 && atStart) {
      quoted = true;
      atStart = false;
      i++;
      continue;
    }
    if (c === 44) {
      fields.push(field);
      field = '';
      atStart = true;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      fields.push(field);
      if (c === 13 && buf.charCodeAt(i + 1) === 10) i++;
      else if (c === 13 && i + 1 >= buf.length && !final) return null;
      return { fields, next: i + 1, lines };
    }
    field += buf[i];
    atStart = false;
    i++;
  }
  if (!final) return null;
  fields.push(field);
  return quoted
    ? { fields, next: i, lines, error: '引号未闭合 / unterminated quote' }
    : { fields, next: i, lines };
}

export async function* readCsv(path: string, options: ReadOptions = {}): AsyncGenerator<CsvRecord[]> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: options.chunkSize ?? 1 << 20 });
  let rest = '';
  let line = 1;
  let bytes = 0;
  let first = true;
  const take = (buf: string, final: boolean): CsvRecord[] => {
    const out: CsvRecord[] = [];
    let pos = 0;
    // Position of the next quote at or after pos (buf.length when none): found once, not once per line.
    let q = -1;
    while (pos < buf.length) {
      const nl = buf.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? buf.length : nl;
      if (q < pos) {
        q = buf.indexOf('"', pos);
        if (q < 0) q = buf.length;
      }
      if (q > end) {
        let text = buf.slice(pos, end);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (text !== '') out.push({ line, fields: text.split(',') });
        line++;
        pos = end + 1;
        continue;
      }
      const r = parseSlow(buf, pos, final);
      if (!r) break;
      const rec: CsvRecord = { line, fields: r.fields };
      if (r.error) rec.error = r.error;
      out.push(rec);
      line += r.lines;
      pos = r.next;
    }
    rest = pos < buf.length ? buf.slice(pos) : '';
    return out;
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = rest + chunk;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    bytes = stream.bytesRead;
    const batch = take(text, false);
    options.onBytes?.(bytes);
    if (batch.length) yield batch;
  }
  if (rest !== '') {
    const batch = take(rest, true);
    if (batch.length) yield batch;
  }
}

/** The header of a CSV file (first record), or null when the file is empty. */
export async function readHeader(path: string): Promise<string[] | null> {
  for await (const batch of readCsv(path, { chunkSize: 1 << 16 })) return batch[0]!.fields;
  return null;
}
