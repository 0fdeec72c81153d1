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
