// Reading PostgreSQL's COPY … TO STDOUT text format: rows end in \n, columns are separated by \t, NULL is \N and
// backslash escapes the rest. Whole-register reads (the quality scan) stream this instead of row objects: node-postgres
// parsing millions of rows into objects costs more than the checks that read them.
import { StringDecoder } from 'node:string_decoder';

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** One field as COPY wrote it: \N is NULL; escapes are undone (the rare case, so the common one stays a slice). */
export function copyField(raw: string): string | null {
  if (raw === '\\N') return null;
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return SIMPLE_ESCAPES[e] ?? e;
  });
}

/** Splits a stream of COPY text chunks into rows of fields; a row cut across chunks is held until its end arrives. */
export class CopyTextRows {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  push(chunk: Buffer | string): Array<Array<string | null>> {
    const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      this.rest = text;
      return [];
    }
    this.rest = text.slice(last + 1);
    return splitRows(text.slice(0, last));
  }

  /** The rows still held; call once the stream has ended. */
  end(): Array<Array<string | null>> {
    const text = this.rest + this.decoder.end();
    this.rest = '';
    return text ? splitRows(text.replace(/\n$/, '')) : [];
  }
}

function splitRows(text: string): Array<Array<string | null>> {
  const lines = text.split('\n');
  const rows = new Array<Array<string | null>>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fields: Array<string | null> = line.split('\t');
    // One look at the line: most have no backslash at all, and their fields are the text as it stands.
    if (line.includes('\\')) for (let j = 0; j < fields.length; j++) fields[j] = copyField(fields[j]!);
    rows[i] = fields;
  }
  return rows;
}

/** The rows of a stream of COPY text chunks (a COPY TO STDOUT, or a file of its output), a batch per chunk. */
export async function* copyRows(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Array<Array<string | null>>> {
  const rows = new CopyTextRows();
  for await (const chunk of stream) {
    const batch = rows.push(chunk);
    if (batch.length) yield batch;
  }
  const last = rows.end();
  if (last.length) yield last;
}
