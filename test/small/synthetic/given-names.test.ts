// The demo city's given names fit each person's sex (issue 17): drawn from the person's own pool, a clerk's
// homophone only of the same sex, and a member renamed after a relative only after one of the same sex.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SyntheticCity } from '../../../src/domain/synthetic/city.ts';
import { drawGivenName, givenNameFitsSex, SEX_CHARS } from '../../../src/domain/synthetic/names.ts';
import { variantName } from '../../../src/domain/synthetic/duplicates.ts';
import { Rng } from '../../../src/domain/synthetic/prng.ts';

const SEXES = ['1', '2'] as const;

describe('given names by sex', () => {
  it('no character reads as both sexes’', () => {
    expect([...SEX_CHARS['1']].filter((c) => SEX_CHARS['2'].has(c))).toEqual([]);
  });

  it('knows a name of the other sex when it sees one', () => {
    expect(givenNameFitsSex('伟', '1')).toBe(true);
    expect(givenNameFitsSex('芳', '1')).toBe(false);
    expect(givenNameFitsSex('建国', '2')).toBe(false);
    expect(givenNameFitsSex('蕾', '1')).toBe(false);
  });

  it('property: every drawn given name, and every homophone variant of a name, fits the sex it was drawn for', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...SEXES), (seed, sex) => {
        const rng = new Rng(seed);
        const given = drawGivenName(rng, sex);
        expect(givenNameFitsSex(given, sex)).toBe(true);
        expect(givenNameFitsSex(variantName(rng, `张${given}`, sex).slice(1), sex)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('in a generated city every person whose sex was not planted wrong bears a name of that sex', () => {
    const city = new SyntheticCity({ persons: 20_000, seed: 'names' });
    const wrongSex = new Set<string>();
    const persons = [];
    for (const item of city.households()) {
      persons.push(...item.persons);
      for (const p of item.problems)
        if (p.code === 'sex-mismatch' || p.code === 'duplicate-id-number')
          p.idNumbers.forEach((i) => wrongSex.add(i));
    }
    const checked = persons.filter((p) => p.name.length > 1 && !wrongSex.has(p.id_number));
    expect(checked.length).toBeGreaterThan(19_000);
    const misfits = checked.filter((p) => !givenNameFitsSex(p.name.slice(1), p.sex as '1' | '2'));
    expect(misfits.map((p) => `${p.name} ${p.sex}`)).toEqual([]);
  }, 60_000);
});
