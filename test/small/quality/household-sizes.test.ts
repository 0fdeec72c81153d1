import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HouseholdSizes } from '../../../src/jobs/quality-scan/household-sizes.ts';

describe('household sizes counted in the pass', () => {
  it('property: counts equal a plain count of each hash, through growth, 0 and negative hashes included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -50, max: 50 }).map((x) => x * 0x1000193),
          { maxLength: 3000 },
        ),
        (hashes) => {
          const sizes = new HouseholdSizes(4);
          const plain = new Map<number, number>();
          for (const h of hashes) {
            sizes.add(h | 0);
            plain.set(h | 0, (plain.get(h | 0) ?? 0) + 1);
          }
          for (const [h, n] of plain) expect(sizes.get(h)).toBe(n);
          expect(sizes.get(7)).toBe(plain.get(7) ?? 0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
