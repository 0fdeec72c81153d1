// The import's compact key sets (src/jobs/import/keyset.ts): keys are found again after the sets grow or are
// reserved, entry numbers stay dense and stable, and a reserved set holds what it was sized for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet, PresenceSet } from '../../../src/jobs/import/keyset.ts';

const keys = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3000 });

describe('PresenceSet', () => {
  it('says each key is new once, across growth and a reserve made half-way', () => {
    fc.assert(
      fc.property(keys, (all) => {
        const set = new PresenceSet(4);
        const half = Math.floor(all.length / 2);
        all.slice(0, half).forEach((k) => expect(set.add(k)).toBe(true));
        set.reserve(all.length * 3);
        all.slice(half).forEach((k) => expect(set.add(k)).toBe(true));
        all.forEach((k) => expect(set.add(k)).toBe(false));
        expect(set.size).toBe(all.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('KeySet', () => {
  it('keeps every entry number across growth and a reserve made half-way', () => {
    fc.assert(
      fc.property(keys, (all) => {
        const set = new KeySet(4);
        const half = Math.floor(all.length / 2);
        const numbers = all.slice(0, half).map((k) => set.add(k));
        set.reserve(all.length * 3);
        numbers.push(...all.slice(half).map((k) => set.add(k)));
        expect(numbers).toEqual(all.map((_, i) => i));
        all.forEach((k, i) => expect(set.get(k)).toBe(i));
        expect(set.get('\u0000 not a key')).toBe(-1);
      }),
      { numRuns: 50 },
    );
  });

  it('a reserve smaller than what it holds changes nothing', () => {
    const set = new KeySet(1 << 12);
    for (let i = 0; i < 1000; i++) set.add(`k${i}`);
    set.reserve(10);
    for (let i = 0; i < 1000; i++) expect(set.get(`k${i}`)).toBe(i);
  });
});
