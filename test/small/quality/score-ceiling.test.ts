// The scan skips a candidate pair whose name evidence caps its score below the threshold (scoreCeiling). That is
// only sound if no evidence read later — places, numbers, relatives, household — can lift a pair above the ceiling.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameEvidence, scoreCeiling, scorePair } from '../../../src/domain/quality/index.ts';
import { params, person } from './fixtures.ts';

const p = params.duplicate;
const names = fc.constantFrom(
  '张伟',
  '张玮',
  '章伟',
  '张小伟',
  '王芳',
  '汪芳',
  '李娜',
  '李娜娜',
  '玉芳',
  '張偉',
  '',
);
const place = fc.constantFrom('云南省昭通市', '云南省昭阳区', '', null);
const row = fc.record({
  name: names,
  formerName: fc.option(names, { nil: null }),
  birthDate: fc.constantFrom('1985-04-12', '1985-04-21', '1985-04-13'),
  sex: fc.constantFrom('1', '2'),
  relation: fc.constantFrom('02', '10', '20', '97', '99'),
  householdNo: fc.constantFrom('H1', 'H2', 'H3'),
  birthPlace: place,
  nativePlace: place,
  ethnicity: fc.constantFrom('01', '03', ''),
  householdSize: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  relativeNames: fc.option(fc.array(names, { maxLength: 3 }), { nil: undefined }),
});

describe('the score ceiling of a pair by its names', () => {
  it('no pair scores above its ceiling, whatever else is known of it', () => {
    fc.assert(
      fc.property(row, row, (x, y) => {
        const a = person(x);
        const b = person(y);
        const ceiling = scoreCeiling(nameEvidence(a, b, p), p);
        return scorePair(a, b, p).score <= ceiling + 1e-9;
      }),
      { numRuns: 5000 },
    );
  });

  it('two names alike in one character of two stay below the threshold; the same name does not', () => {
    expect(scoreCeiling(nameEvidence(person({ name: '张伟' }), person({ name: '张强' }), p), p)).toBeLessThan(
      p.threshold,
    );
    expect(scoreCeiling(nameEvidence(person({ name: '张伟' }), person({ name: '張偉' }), p), p)).toBe(1);
  });
});
