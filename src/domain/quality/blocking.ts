// Blocking for probable duplicates: which pairs are worth scoring. Persons are compared only inside a block of the
// same birth date and sex (the contract's definition) and, within it, when they share a name key: the
// dialect-folded pinyin of the whole name or of the name with one syllable left out or wild. Homophones, 形近字,
// a mistyped or dropped character and traditional forms all still meet; a block is never all pairs.
import { nameForms } from './names.ts';

/** Name keys of one person inside its (birth date, sex) block. */
export function nameBlockKeys(name: string | null): string[] {
  const folded = nameForms(name).folded;
  if (folded.length === 0) return [];
  const keys = new Set<string>([`=${folded.join(' ')}`]);
  if (folded.length >= 2) {
    for (let i = 0; i < folded.length; i++) {
      const wild = folded.slice();
      wild[i] = '*';
      keys.add(`*${wild.join(' ')}`);
      // A dropped character (张小伟 / 张伟): the longer name without one syllable meets the shorter one.
      if (folded.length >= 3) keys.add(`=${folded.filter((_, j) => j !== i).join(' ')}`);
    }
  }
  return [...keys];
}

/** The outer block: same birth date and sex. */
export function outerBlockKey(birthDate: string | null, sex: string | null): string | null {
  return birthDate && sex ? `${birthDate}|${sex}` : null;
}

/**
 * Candidate pairs (indexes into `names`, i < j) among persons of one outer block, with blocks larger than
 * maxBlockSize skipped and counted (they would be reported, not silently compared quadratically).
 */
export function candidatePairs(names: ReadonlyArray<string | null>, maxBlockSize: number): { pairs: Array<[number, number]>; skippedBlocks: number } {
  const byKey = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const k of nameBlockKeys(name)) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
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
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return { pairs, skippedBlocks };
}
