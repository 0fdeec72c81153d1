// Names and their block keys as dense ids over a whole register (see blocking.ts for what a key is).
import { nameBlockKeys, type BlockKey } from './blocking.ts';
import { grownInt32 } from './typed-arrays.ts';
import { ByteInterner } from './byte-interner.ts';

/**
 * Candidate pairs among persons of one outer block, as indexes into `names` (flat: i0, j0, i1, j1, …; i < j), with
 * keys shared by more than maxBlockSize persons skipped and counted (reported, not compared quadratically).
 */
export function candidatePairs(
  names: ReadonlyArray<string | null>,
  maxBlockSize: number,
): { pairs: number[]; skippedBlocks: number } {
  const index = new NameKeyIndex();
  const ids = Int32Array.from(names, (n) => index.idOf(n ?? ''));
  return index.blockPairs(ids, ids.length, maxBlockSize);
}

/**
 * Names and their keys as dense ids, for a register read once: each distinct name is read once (forms and keys),
 * and a block's pairs are then found with typed arrays indexed by key id — no map of lists per block, which at
 * 6.5 million persons (some 30 million key entries) was the scan's largest cost after garbage collection.
 */
export class NameKeyIndex {
  /** The distinct names, by id. */
  readonly names: string[] = [];
  private readonly keyIds = new Map<BlockKey, number>();
  /** Key ids of name n: keys[keyStart[n] .. keyStart[n + 1]). */
  private keyStart = new Int32Array(1024).fill(0);
  private keys = new Int32Array(4096);
  // Per-block scratch, indexed by key id: the block that last used the key, its chain head and its member count.
  private stamp = new Int32Array(0);
  private head = new Int32Array(0);
  private count = new Int32Array(0);
  private entryPos = new Int32Array(1024);
  private entryNext = new Int32Array(1024);
  private touched = new Int32Array(1024);
  private list = new Int32Array(64);
  private blockNo = 0;

  /** The id of a name, its keys computed the first time it is seen. */
  idOf(name: string): number {
    const bytes = this.encoder.encode(name);
    return this.idOfBytes(bytes, 0, bytes.length);
  }

  /** A name not seen before: its id, keys and key ids. */
  private add(name: string): number {
    const id = this.names.length;
    this.names.push(name);
    const keys = nameBlockKeys(name);
    const from = this.keyStart[id]!;
    this.keys = grownInt32(this.keys, from + keys.length);
    for (let k = 0; k < keys.length; k++) {
      let keyId = this.keyIds.get(keys[k]!);
      if (keyId === undefined) this.keyIds.set(keys[k]!, (keyId = this.keyIds.size));
      this.keys[from + k] = keyId;
    }
    this.keyStart = grownInt32(this.keyStart, id + 2);
    this.keyStart[id + 1] = from + keys.length;
    return id;
  }

  /** Names by their UTF-8 bytes: entry e of the interner is name e. */
  private readonly byteNames = new ByteInterner();
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();

  /**
   * The id of the name held as UTF-8 bytes[start, end): a register read as text finds a known name without making
   * a string of it (a string and a map lookup per person were a sixth of the scan at 6.5 million).
   */
  idOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const known = this.byteNames.find(bytes, start, end);
    if (known >= 0) return known;
    this.byteNames.add(bytes, start, end);
    return this.add(this.decoder.decode(bytes.subarray(start, end)));
  }

  /** How many distinct names and keys are held (for reports). */
  size(): { names: number; keys: number } {
    return { names: this.names.length, keys: this.keyIds.size };
  }

  /**
   * Candidate pairs among the first n of these name ids (one block's members in order), as positions (flat,
   * i < j), each pair once however many keys it shares; keys held by more than maxBlockSize members are skipped.
   */
  blockPairs(
    nameIds: ArrayLike<number>,
    n: number,
    maxBlockSize: number,
  ): { pairs: number[]; skippedBlocks: number } {
    this.prepare(nameIds, n);
    const block = ++this.blockNo;
    let entries = 0;
    let touchedCount = 0;
    for (let pos = 0; pos < n; pos++) {
      const id = nameIds[pos]!;
      for (let e = this.keyStart[id]!, end = this.keyStart[id + 1]!; e < end; e++) {
        const k = this.keys[e]!;
        if (this.stamp[k] !== block) {
          this.stamp[k] = block;
          this.head[k] = -1;
          this.count[k] = 0;
        }
        this.entryPos[entries] = pos;
        this.entryNext[entries] = this.head[k]!;
        this.head[k] = entries++;
        if (++this.count[k]! === 2) this.touched[touchedCount++] = k;
      }
    }
    const pairs: number[] = [];
    let skippedBlocks = 0;
    let seen: Set<number> | null = null;
    for (let t = 0; t < touchedCount; t++) {
      const k = this.touched[t]!;
      const size = this.count[k]!;
      if (size > maxBlockSize) {
        skippedBlocks++;
        continue;
      }
      this.list = grownInt32(this.list, size);
      // The chain holds the members newest first: read it back into ascending positions.
      for (let e = this.head[k]!, at = size - 1; e >= 0; e = this.entryNext[e]!)
        this.list[at--] = this.entryPos[e]!;
      for (let x = 0; x < size; x++) {
        for (let y = x + 1; y < size; y++) {
          const i = this.list[x]!;
          const j = this.list[y]!;
          seen ??= new Set<number>();
          const pairId = i * n + j;
          if (seen.has(pairId)) continue;
          seen.add(pairId);
          pairs.push(i, j);
        }
      }
    }
    return { pairs, skippedBlocks };
  }

  /** Room in the scratch arrays for every key id and for this block's entries. */
  private prepare(nameIds: ArrayLike<number>, n: number): void {
    const keyCount = this.keyIds.size;
    if (this.stamp.length < keyCount) {
      const size = Math.max(keyCount, this.stamp.length * 2);
      this.stamp = grownInt32(this.stamp, size);
      this.head = new Int32Array(size);
      this.count = new Int32Array(size);
    }
    let entries = 0;
    for (let pos = 0; pos < n; pos++)
      entries += this.keyStart[nameIds[pos]! + 1]! - this.keyStart[nameIds[pos]!]!;
    if (this.entryPos.length < entries) {
      this.entryPos = grownInt32(this.entryPos, entries);
      this.entryNext = grownInt32(this.entryNext, entries);
    }
    this.touched = grownInt32(this.touched, entries);
  }
}
