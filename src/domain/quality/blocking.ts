// Blocking for probable duplicates: which pairs are worth scoring. Persons are compared only inside a block of the
// same birth date and sex (the contract's definition) and, within it, when they share a name key: the
// dialect-folded pinyin of the whole name or of the name with one syllable left out or wild. Homophones, 形近字,
// a mistyped or dropped character and traditional forms all still meet; a block is never all pairs.
import { nameForms } from './names.ts';

/**
 * A name key: the folded syllables as digits base 4096 of a number (interned ids 1..4094, 4095 the wild syllable),
 * which a Map hashes far faster than a string; a name of more than four syllables, or past the intern table's
 * room, keeps a string key of the same meaning.
 */
export type BlockKey = number | string;

const BASE = 4096;
const WILD = BASE - 1;
const MAX_NUMERIC_SYLLABLES = 4;
const syllableIds = new Map<string, number>();
const keyCache = new Map<string, readonly BlockKey[]>();
const KEY_CACHE_LIMIT = 2_000_000;

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

function keysOf(folded: readonly string[]): BlockKey[] {
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

/** Name keys of one person inside its (birth date, sex) block; the same name gives the same keys, remembered. */
export function nameBlockKeys(name: string | null): readonly BlockKey[] {
  const raw = name ?? '';
  let keys = keyCache.get(raw);
  if (keys === undefined) {
    const folded = nameForms(raw).folded;
    keys = folded.length === 0 ? [] : keysOf(folded);
    if (keyCache.size < KEY_CACHE_LIMIT) keyCache.set(raw, keys);
  }
  return keys;
}

/** The outer block: same birth date and sex. */
export function outerBlockKey(birthDate: string | null, sex: string | null): string | null {
  return birthDate && sex ? `${birthDate}|${sex}` : null;
}

// Scratch space of candidatePairs, reused from block to block: a scan searches some 70,000 blocks, and fresh maps
// and lists for each key of each person were most of its garbage. Synchronous use only.
let entryPerson = new Int32Array(4096);
let entryNext = new Int32Array(4096);
const lastEntryOfKey = new Map<BlockKey, number>();
const seenPairs = new Set<number>();
const sharing: number[] = [];

function growEntries(): void {
  const person = new Int32Array(entryPerson.length * 2);
  const next = new Int32Array(entryNext.length * 2);
  person.set(entryPerson);
  next.set(entryNext);
  entryPerson = person;
  entryNext = next;
}

/**
 * Candidate pairs among persons of one outer block, as indexes into `names` (flat: i0, j0, i1, j1, …; i < j), with
 * keys shared by more than maxBlockSize persons skipped and counted (reported, not compared quadratically). The
 * persons of a key are chained through two typed arrays instead of kept in a list per key.
 */
export function candidatePairs(names: ReadonlyArray<string | null>, maxBlockSize: number): { pairs: number[]; skippedBlocks: number } {
  lastEntryOfKey.clear();
  seenPairs.clear();
  let entries = 0;
  for (let i = 0; i < names.length; i++) {
    for (const k of nameBlockKeys(names[i]!)) {
      if (entries === entryPerson.length) growEntries();
      entryPerson[entries] = i;
      entryNext[entries] = lastEntryOfKey.get(k) ?? -1;
      lastEntryOfKey.set(k, entries++);
    }
  }
  const pairs: number[] = [];
  let skippedBlocks = 0;
  const n = names.length;
  for (const last of lastEntryOfKey.values()) {
    if (entryNext[last]! < 0) continue;
    sharing.length = 0;
    for (let e = last; e >= 0; e = entryNext[e]!) sharing.push(entryPerson[e]!);
    if (sharing.length > maxBlockSize) {
      skippedBlocks++;
      continue;
    }
    // The chain runs from the latest person back, so indexes fall along it: sharing[y] < sharing[x] for x < y.
    for (let x = 0; x < sharing.length; x++) {
      for (let y = x + 1; y < sharing.length; y++) {
        const i = sharing[y]!;
        const j = sharing[x]!;
        const id = i * n + j;
        if (seenPairs.has(id)) continue;
        seenPairs.add(id);
        pairs.push(i, j);
      }
    }
  }
  return { pairs, skippedBlocks };
}
