// Blocking for probable duplicates: which pairs are worth scoring. Persons are compared only inside a block of the
// same birth date and sex (the contract's definition) and, within it, when they share a name key: the
// dialect-folded pinyin of the whole name or of the name with one syllable left out or wild. Homophones, 形近字,
// a mistyped or dropped character and traditional forms all still meet; a block is never all pairs.
import { nameForms } from './names.ts';

/**
 * A name key: the folded syllables as digits base 4096 of a number (interned ids 1..4094, 4095 the wild syllable);
 * a name of more than four syllables, or past the intern table's room, keeps a string key of the same meaning.
 */
export type BlockKey = number | string;

const BASE = 4096;
const WILD = BASE - 1;
const MAX_NUMERIC_SYLLABLES = 4;
const syllableIds = new Map<string, number>();

function syllableId(s: string): number | null {
  let id = syllableIds.get(s);
  if (id === undefined) {
    if (syllableIds.size >= WILD - 1) return null;
    id = syllableIds.size + 1;
    syllableIds.set(s, id);
  }
  return id;
}

const WILD_MARK = '\u0000';

/** One key of these syllables (WILD_MARK for a wild one): a number when it fits, else the same meaning as a string. */
function keyOf(parts: readonly string[]): BlockKey {
  if (parts.length <= MAX_NUMERIC_SYLLABLES) {
    let v = 0;
    for (let i = parts.length - 1; i >= 0; i--) {
      const id = parts[i] === WILD_MARK ? WILD : syllableId(parts[i]!);
      if (id === null) return parts.join(' ');
      v = v * BASE + id;
    }
    return v;
  }
  return parts.join(' ');
}

/** The name keys of one name; the same name always gives the same keys. */
export function nameBlockKeys(name: string | null): BlockKey[] {
  const folded = nameForms(name ?? '').folded;
  if (folded.length === 0) return [];
  const keys = new Set<BlockKey>([keyOf(folded)]);
  if (folded.length >= 2) {
    for (let i = 0; i < folded.length; i++) {
      const wild = folded.slice();
      wild[i] = WILD_MARK;
      keys.add(keyOf(wild));
      // A dropped character (张小伟 / 张伟): the longer name without one syllable meets the shorter one.
      if (folded.length >= 3) keys.add(keyOf(folded.filter((_, j) => j !== i)));
    }
  }
  return [...keys];
}

/** The outer block: same birth date and sex. */
export function outerBlockKey(birthDate: string | null, sex: string | null): string | null {
  return birthDate && sex ? `${birthDate}|${sex}` : null;
}

/**
 * Candidate pairs among persons of one outer block, as indexes into `names` (flat: i0, j0, i1, j1, …; i < j), with
 * keys shared by more than maxBlockSize persons skipped and counted (reported, not compared quadratically).
 */
export function candidatePairs(names: ReadonlyArray<string | null>, maxBlockSize: number): { pairs: number[]; skippedBlocks: number } {
  const index = new NameKeyIndex();
  const ids = Int32Array.from(names, (n) => index.idOf(n ?? ''));
  return index.blockPairs(ids, ids.length, maxBlockSize);
}

/** The array itself when it has room for `need` values, else a copy at least twice as long. */
export function grownInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Names and their keys as dense ids, for a register read once: each distinct name is read once (forms and keys),
 * and a block's pairs are then found with typed arrays indexed by key id — no map of lists per block, which at
 * 6.5 million persons (some 30 million key entries) was the scan's largest cost after garbage collection.
 */
export class NameKeyIndex {
  /** The distinct names, by id. */
  readonly names: string[] = [];
  private readonly nameIds = new Map<string, number>();
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
    let id = this.nameIds.get(name);
    if (id !== undefined) return id;
    id = this.names.length;
    this.names.push(name);
    this.nameIds.set(name, id);
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

  /** How many distinct names and keys are held (for reports). */
  size(): { names: number; keys: number } {
    return { names: this.names.length, keys: this.keyIds.size };
  }

  /**
   * Candidate pairs among the first n of these name ids (one block's members in order), as positions (flat,
   * i < j), each pair once however many keys it shares; keys held by more than maxBlockSize members are skipped.
   */
  blockPairs(nameIds: ArrayLike<number>, n: number, maxBlockSize: number): { pairs: number[]; skippedBlocks: number } {
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
      for (let e = this.head[k]!, at = size - 1; e >= 0; e = this.entryNext[e]!) this.list[at--] = this.entryPos[e]!;
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
    for (let pos = 0; pos < n; pos++) entries += this.keyStart[nameIds[pos]! + 1]! - this.keyStart[nameIds[pos]!]!;
    if (this.entryPos.length < entries) {
      this.entryPos = grownInt32(this.entryPos, entries);
      this.entryNext = grownInt32(this.entryNext, entries);
    }
    this.touched = grownInt32(this.touched, entries);
  }
}
