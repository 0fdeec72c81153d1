// The scan finds a block's candidate pairs with dense key ids (NameKeyIndex) instead of a map of lists: it must
// give exactly the pairs of names sharing a key — each once, i < j — and skip exactly the keys held too often.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameKeyIndex, nameBlockKeys } from '../../../src/domain/quality/index.ts';

/** The definition, quadratically: every two members whose names share a key not held by more than max members. */
function expectedPairs(names: string[], max: number): { pairs: string[]; skipped: number } {
  const holders = new Map<string | number, number[]>();
  names.forEach((n, i) => nameBlockKeys(n).forEach((k) => holders.set(k, [...(holders.get(k) ?? []), i])));
  const pairs = new Set<string>();
  let skipped = 0;
  for (const list of holders.values()) {
    if (list.length < 2) continue;
    if (list.length > max) {
      skipped++;
      continue;
    }
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) pairs.add(`${list[x]}-${list[y]}`);
  }
  return { pairs: [...pairs].sort(), skipped };
}

const name = fc
  .array(fc.constantFrom('张', '章', '伟', '玮', '小', '李', '丽', '黎', '娜', '欧', '阳', '刘', '牛'), {
    minLength: 0,
    maxLength: 4,
  })
  .map((c) => c.join(''));

describe('NameKeyIndex', () => {
  it('gives the pairs sharing a name key, each once, over many blocks with one index', () => {
    const index = new NameKeyIndex();
    fc.assert(
      fc.property(fc.array(name, { maxLength: 25 }), fc.integer({ min: 2, max: 8 }), (names, max) => {
        const ids = Int32Array.from(names, (n) => index.idOf(n));
        const got = index.blockPairs(ids, ids.length, max);
        const pairs: string[] = [];
        for (let k = 0; k < got.pairs.length; k += 2) {
          expect(got.pairs[k]!).toBeLessThan(got.pairs[k + 1]!);
          pairs.push(`${got.pairs[k]}-${got.pairs[k + 1]}`);
        }
        const want = expectedPairs(names, max);
        expect(pairs.length).toBe(new Set(pairs).size);
        expect(pairs.sort()).toEqual(want.pairs);
        expect(got.skippedBlocks).toBe(want.skipped);
      }),
      { numRuns: 500 },
    );
  });

  it('one name, one id; an empty name has no keys and meets nobody', () => {
    const index = new NameKeyIndex();
    expect(index.idOf('张伟')).toBe(index.idOf('张伟'));
    const ids = Int32Array.from(['', '', '张伟'], (n) => index.idOf(n));
    expect(index.blockPairs(ids, 3, 10).pairs).toEqual([]);
  });
});
