// Blocking for probable duplicates: which pairs are worth scoring. Persons are compared only inside a block of the
// same birth date and sex (the contract's definition) and, within it, when they share a name key: the
// dialect-folded pinyin of the whole name or of the name with one syllable left out or wild. Homophones, 形近字,
// a mistyped or dropped character and traditional forms all still meet; a block is never all pairs.
import { forgetNameForms, nameForms } from './names.ts';

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

/**
 * Forget the names' keys and forms. A whole-register scan fills these caches with every distinct name of the
 * register (more than 1 GB live at 6.5 million persons); a long-running server should not keep them afterwards.
 */
export function forgetNameKeys(): void {
  keyCache.clear();
  forgetNameForms();
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

/**
 * Candidate pairs among persons of one outer block, as indexes into `names` (flat: i0, j0, i1, j1, …; i < j), with
 * keys shared by more than maxBlockSize persons skipped and counted (reported, not compared quadratically).
 * (Chaining persons through reused typed arrays instead of a list per key was measured twice as slow.)
 */
export function candidatePairs(names: ReadonlyArray<string | null>, maxBlockSize: number): { pairs: number[]; skippedBlocks: number } {
  const byKey = new Map<BlockKey, number[]>();
  for (let i = 0; i < names.length; i++) {
    for (const k of nameBlockKeys(names[i]!)) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  }
  let seen: Set<number> | null = null;
  const pairs: number[] = [];
  let skippedBlocks = 0;
  const n = names.length;
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    if (list.length > maxBlockSize) {
      skippedBlocks++;
      continue;
    }
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const id = list[x]! * n + list[y]!;
        seen ??= new Set<number>();
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push(list[x]!, list[y]!);
      }
    }
  }
  return { pairs, skippedBlocks };
}
