// A compact set of string keys for millions of entries (household numbers, ID numbers, address keys): each key is
// kept as a 64-bit hash in open-addressing typed arrays — about 20 bytes an entry instead of ~100 for a JS Set of
// strings — and gets a dense entry number callers use to index their own payload arrays. Two different keys share a
// 64-bit hash with odds of about n²/2⁶⁵ (1 in 10⁶ at 6.5 million keys); where that matters the import re-checks
// its conclusions in SQL.

function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
  return [h1 | 0, (h2 ^ (h2 >>> 16)) | 0];
}

/** The power-of-two slot count that holds `count` keys at most `tenths`/10 full. */
function slotsFor(count: number, tenths: number): number {
  let n = 1 << 10;
  while (n * tenths < count * 10) n *= 2;
  return n;
}

/** Keys only, no entry numbers: two 32-bit words a slot (a zero pair marks an empty slot). */
export class PresenceSet {
  private hi: Int32Array;
  private lo: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let n = 1 << 10;
    while (n < capacity * 2) n <<= 1;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.mask = n - 1;
  }

  /** Add key; true when it was not there yet. */
  add(key: string): boolean {
    const [h1, raw2] = hashes(key);
    const h2 = h1 === 0 && raw2 === 0 ? 1 : raw2;
    let s = (h1 ^ Math.imul(h2, 31)) & this.mask;
    while (this.hi[s] !== 0 || this.lo[s] !== 0) {
      if (this.hi[s] === h1 && this.lo[s] === h2) return false;
      s = (s + 1) & this.mask;
    }
    this.hi[s] = h1;
    this.lo[s] = h2;
    if (++this.size * 10 > (this.mask + 1) * 7) this.grow((this.mask + 1) * 2);
    return true;
  }

  /**
   * Room for `count` keys without growing: a set that doubles as it fills holds its old and new arrays at once
   * (at 6.5 M active ID numbers, 67 + 134 MB late in the load, when the import's memory is at its peak).
   */
  reserve(count: number) {
    const n = slotsFor(count, 7);
    if (n > this.mask + 1) this.grow(n);
  }

  private grow(n: number) {
    const { hi, lo } = this;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.mask = n - 1;
    for (let i = 0; i < hi.length; i++) {
      const h1 = hi[i]!,
        h2 = lo[i]!;
      if (h1 === 0 && h2 === 0) continue;
      let s = (h1 ^ Math.imul(h2, 31)) & this.mask;
      while (this.hi[s] !== 0 || this.lo[s] !== 0) s = (s + 1) & this.mask;
      this.hi[s] = h1;
      this.lo[s] = h2;
    }
  }
}

export class KeySet {
  private hi: Int32Array;
  private lo: Int32Array;
  /** slot → entry number + 1 (0 = empty). */
  private entries: Int32Array;
  private mask: number;
  size = 0;
  /** Whether the last add() inserted a new key. */
  added = false;

  constructor(capacity = 1 << 16) {
    let n = 1 << 10;
    while (n < capacity * 2) n <<= 1;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.entries = new Int32Array(n);
    this.mask = n - 1;
  }

  private slotOf(h1: number, h2: number): number {
    let s = (h1 ^ Math.imul(h2, 31)) & this.mask;
    while (this.entries[s] !== 0 && (this.hi[s] !== h1 || this.lo[s] !== h2)) s = (s + 1) & this.mask;
    return s;
  }

  /** The entry number of key, or -1. */
  get(key: string): number {
    const [h1, h2] = hashes(key);
    return this.entries[this.slotOf(h1, h2)]! - 1;
  }

  /** The entry number of key, adding it when absent (see `added`). */
  add(key: string): number {
    const [h1, h2] = hashes(key);
    let s = this.slotOf(h1, h2);
    if (this.entries[s] !== 0) {
      this.added = false;
      return this.entries[s]! - 1;
    }
    if ((this.size + 1) * 10 > (this.mask + 1) * 6) {
      this.grow((this.mask + 1) * 2);
      s = this.slotOf(h1, h2);
    }
    this.hi[s] = h1;
    this.lo[s] = h2;
    this.entries[s] = ++this.size;
    this.added = true;
    return this.size - 1;
  }

  /** Room for `count` keys without growing (see PresenceSet.reserve). */
  reserve(count: number) {
    const n = slotsFor(count, 6);
    if (n > this.mask + 1) this.grow(n);
  }

  private grow(n: number) {
    const { hi, lo, entries } = this;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.entries = new Int32Array(n);
    this.mask = n - 1;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i] === 0) continue;
      const s = this.slotOf(hi[i]!, lo[i]!);
      this.hi[s] = hi[i]!;
      this.lo[s] = lo[i]!;
      this.entries[s] = entries[i]!;
    }
  }
}

/** A growable typed array for payloads indexed by entry number. */
export class Column<T extends Int32Array | Uint8Array> {
  constructor(
    private data: T,
    private readonly make: (n: number) => T,
  ) {}

  static int32() {
    return new Column(new Int32Array(1 << 12), (n) => new Int32Array(n));
  }

  static uint8() {
    return new Column(new Uint8Array(1 << 12), (n) => new Uint8Array(n));
  }

  get(i: number): number {
    return i < this.data.length ? this.data[i]! : 0;
  }

  set(i: number, v: number) {
    if (i >= this.data.length) {
      let n = this.data.length * 2;
      while (n <= i) n *= 2;
      const next = this.make(n);
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = v;
  }
}
