// The register's rows held as the server sent them (COPY text: rows end in \n, fields are separated by \t), in
// large byte arenas outside the JavaScript heap. A city of 6.5 million persons is about 1.5 GB of text: as strings
// (two bytes a character once a name is Chinese) and objects it would be several times that, and the garbage
// collector would walk it all. A row is found again by its arena and offsets; its fields are decoded on demand.
import { copyField } from '../../db/copy-text.ts';
import { grownInt32 } from '../../domain/quality/index.ts';

/** Arena size: a row never crosses arenas, so one arena is also the longest row that can be held. */
const ARENA_BYTES = 1 << 24;
const NEWLINE = 10;
const TAB = 9;
const BACKSLASH = 92;

export type RowHandler = (bytes: Buffer, start: number, end: number, row: number) => void;

export class HeldRows {
  /** arenaBytes: the size of a new arena (tests use tiny ones so rows cross them). */
  constructor(private readonly arenaBytes = ARENA_BYTES) {}

  private readonly arenas: Buffer[] = [];
  private arena: Buffer = Buffer.allocUnsafe(0);
  /** Bytes of the current arena in use, and where its unfinished last row begins. */
  private used = 0;
  private pending = 0;
  private rowArena = new Int32Array(1 << 16);
  private rowStart = new Int32Array(1 << 16);
  private rowEnd = new Int32Array(1 << 16);
  count = 0;
  private readonly bounds = new Int32Array(64);

  /** Append a chunk of COPY text and hand every row it completes to onRow (bytes[start, end) is the row). */
  push(chunk: Uint8Array, onRow: RowHandler): void {
    if (this.used + chunk.length > this.arena.length) this.newArena(chunk.length);
    this.arena.set(chunk, this.used);
    const from = this.used;
    this.used += chunk.length;
    // Searched in a view of the bytes in use: past them lies whatever the arena held before.
    const view = this.arena.subarray(0, this.used);
    for (let nl = view.indexOf(NEWLINE, from); nl >= 0; nl = view.indexOf(NEWLINE, this.pending)) {
      this.addRow(this.pending, nl, onRow);
      this.pending = nl + 1;
    }
  }

  /** The last row, when the text did not end in a newline. */
  end(onRow: RowHandler): void {
    if (this.pending < this.used) this.addRow(this.pending, this.used, onRow);
    this.pending = this.used;
  }

  private addRow(start: number, end: number, onRow: RowHandler): void {
    const row = this.count++;
    if (row === this.rowStart.length) {
      this.rowArena = grownInt32(this.rowArena, row + 1);
      this.rowStart = grownInt32(this.rowStart, row + 1);
      this.rowEnd = grownInt32(this.rowEnd, row + 1);
    }
    this.rowArena[row] = this.arenas.length - 1;
    this.rowStart[row] = start;
    this.rowEnd[row] = end;
    onRow(this.arena, start, end, row);
  }

  /** A new arena, with the unfinished row of the last one carried over. */
  private newArena(incoming: number): void {
    const carried = this.used - this.pending;
    const next = Buffer.allocUnsafe(Math.max(this.arenaBytes, 2 * (carried + incoming)));
    if (carried) this.arena.copy(next, 0, this.pending, this.used);
    this.arenas.push(next);
    this.arena = next;
    this.used = carried;
    this.pending = 0;
  }

  /** Every field of a row, unescaped (\N is null). */
  fields(row: number): Array<string | null> {
    const bytes = this.arenas[this.rowArena[row]!]!;
    const line = bytes.toString('utf8', this.rowStart[row]!, this.rowEnd[row]!);
    const fields: Array<string | null> = line.split('\t');
    if (line.includes('\\')) for (let j = 0; j < fields.length; j++) fields[j] = copyField(fields[j]!);
    return fields;
  }

  /** One field of a row, unescaped (null past the row's last field). */
  field(row: number, column: number): string | null {
    const bytes = this.arenas[this.rowArena[row]!]!;
    const n = fieldBounds(bytes, this.rowStart[row]!, this.rowEnd[row]!, this.bounds);
    if (n < 0) return this.fields(row)[column] ?? null;
    return column < n ? bytes.toString('utf8', this.bounds[column]!, this.bounds[column + 1]! - 1) : null;
  }
}

/**
 * Where the fields of a row begin: bounds[c] is the first byte of field c and bounds[c + 1] - 1 its end. Returns
 * the number of fields, or -1 when the row holds a backslash (an escape: the caller decodes it with fields()).
 */
export function fieldBounds(bytes: Buffer, start: number, end: number, bounds: Int32Array): number {
  let f = 0;
  bounds[0] = start;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c === TAB) {
      if (++f >= bounds.length - 1) return -1;
      bounds[f] = i + 1;
    } else if (c === BACKSLASH) return -1;
  }
  bounds[f + 1] = end + 1;
  return f + 1;
}
