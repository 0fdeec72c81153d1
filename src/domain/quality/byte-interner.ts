// Dense ids for byte strings (UTF-8 text held as bytes), found again without decoding them: an open-addressing
// table of ids + 1 keyed by an FNV-1a hash, the bytes themselves kept in one growing array.
import { grownInt32 } from './typed-arrays.ts';

/** FNV-1a (32 bits) of bytes[start, end). */
export function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h;
}

export class ByteInterner {
  /** initialSlots: a power of two; tests start tiny so that probes collide. */
  constructor(initialSlots = 1 << 12) {
    this.table = new Int32Array(initialSlots);
  }

  private table: Int32Array<ArrayBuffer>;
  private count = 0;
  private held = new Uint8Array(1 << 14);
  private heldUsed = 0;
  /** Entry e is held[starts[e] .. starts[e + 1]). */
  private starts = new Int32Array(1 << 10);

  /** The id of these bytes, or -1 when they were never added. */
  find(bytes: Uint8Array, start: number, end: number): number {
    const mask = this.table.length - 1;
    for (let slot = fnv1a(bytes, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]! - 1;
      if (entry < 0) return -1;
      if (this.holds(entry, bytes, start, end)) return entry;
    }
  }

  /** Add bytes not yet held (find first); their id is the number of entries before them. */
  add(bytes: Uint8Array, start: number, end: number): number {
    const entry = this.count++;
    const length = end - start;
    if (this.heldUsed + length > this.held.length) {
      const more = new Uint8Array(Math.max(this.held.length * 2, this.heldUsed + length));
      more.set(this.held);
      this.held = more;
    }
    this.held.set(bytes.subarray(start, end), this.heldUsed);
    this.starts = grownInt32(this.starts, entry + 2);
    this.starts[entry] = this.heldUsed;
    this.heldUsed += length;
    this.starts[entry + 1] = this.heldUsed;
    // At most half full, so a probe ends soon.
    if (this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(entry);
    return entry;
  }

  private holds(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[entry]!;
    if (this.starts[entry + 1]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.held[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.table.length - 1;
    let slot = fnv1a(this.held, this.starts[entry]!, this.starts[entry + 1]!) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }
}
