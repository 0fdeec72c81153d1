// Issue 18: a name match weighs less the more persons of the register hold the name. Namesakes of one birth date
// and sex grow with a name's count, a second registration of one person does not, so a rare name's pair must score
// above a common name's pair whose evidence is otherwise the same — and a rare name's pair as it did before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NameCounts,
  contextFloor,
  decideGrayPairs,
  findDuplicatesInBlock,
  nameCommonness,
  nameEvidence,
  pairNameCount,
  scoreCeiling,
  scorePair,
  type CandidateRow,
  type DuplicateParameters,
} from '../../../src/domain/quality/index.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { params, person } from './fixtures.ts';

const p = params.duplicate;
/** Held by as many persons as make a name rare, and fully common, under the parameters in force. */
const rareCount = p.commonName.from;
const commonCount = Math.max(p.commonName.full, p.commonName.from + 1);
const family = { relation: '20', householdSize: 4, householdKind: 'family' };
const loose = { relation: '97', householdSize: 5, householdKind: 'family' };
const withWeight = (w: number): DuplicateParameters => ({ ...p, weights: { ...p.weights, commonName: w } });

describe('how common a name is', () => {
  it('0 up to `from` persons, 1 from `full`, by the logarithm between (a step when equal); 0 when not counted', () => {
    const ramp = { ...p, commonName: { from: 100, full: 1600 } };
    expect(nameCommonness(undefined, ramp)).toBe(0);
    expect(nameCommonness(0, ramp)).toBe(0);
    expect(nameCommonness(100, ramp)).toBe(0);
    expect(nameCommonness(400, ramp)).toBeCloseTo(0.5);
    expect(nameCommonness(1600, ramp)).toBe(1);
    expect(nameCommonness(16000, ramp)).toBe(1);
    const step = { ...p, commonName: { from: 100, full: 100 } };
    expect([nameCommonness(100, step), nameCommonness(101, step)]).toEqual([0, 1]);
    expect(nameCommonness(rareCount, p)).toBe(0);
    expect(nameCommonness(commonCount, p)).toBe(1);
  });

  it('property: never decreases as more persons hold the name', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return nameCommonness(lo, p) <= nameCommonness(hi, p);
      }),
    );
  });

  it('a pair is weighed by the rarer of its two names as written', () => {
    const at = (name: string, nameCount?: number) => person({ name, nameCount });
    expect(pairNameCount(at('张伟', 900), at('张伟', 900), false)).toBe(900);
    expect(pairNameCount(at('张小伟', 12), at('张伟', 900), false)).toBe(12);
    expect(pairNameCount(at('张伟', 900), at('張偉', 1), false)).toBe(1);
    expect(pairNameCount(at('李颖', 800), at('李英', 600), false)).toBe(600);
    expect(pairNameCount(at('张伟', 900), at('张伟'), false)).toBeNull();
    expect(pairNameCount(at('张伟', 900), at('张伟', 900), true)).toBeNull();
  });

  it('counts persons per name id', () => {
    const counts = new NameCounts();
    for (const id of [0, 2, 2, 2000, 2]) counts.add(id);
    const all = counts.all(2001);
    expect([all[0], all[1], all[2], all[2000]]).toEqual([1, 0, 3, 1]);
  });
});

describe('a match on a common name is weaker evidence', () => {
  const numbers = {
    'same county': ['530602', '530602'],
    'two counties': ['530621', '530627'],
  } as const;

  it.each(Object.entries(numbers))(
    'numbers of %s: rare above common, the rare as without counts',
    (_, [x, y]) => {
      const a = person({ idNumber: makeIdNumber(x, '1985-04-12', 11), ...family });
      const b = person({ idNumber: makeIdNumber(y, '1985-04-12', 13), ...loose });
      const count = (n: number) =>
        [
          { ...a, nameCount: n },
          { ...b, nameCount: n },
        ] as const;
      const uncounted = scorePair(a, b, p);
      const rare = scorePair(...count(rareCount), p);
      const common = scorePair(...count(commonCount), p);
      expect(rare.score).toBe(uncounted.score);
      expect(rare.evidence.commonName).toBeUndefined();
      expect(common.score).toBeLessThan(rare.score);
      expect(common.evidence.commonName).toBe(1);
      expect(common.nameCount).toBe(commonCount);
    },
  );

  it('under a common name: a dropped character falls below the threshold, a second registration of two counties and a family registered twice do not', () => {
    const home = { idNumber: makeIdNumber('530602', '1985-04-12', 11), ...family };
    const there = { idNumber: makeIdNumber('530627', '1985-04-12', 13), ...loose };
    const dropped = [
      person({ name: '王洁瑶', ...home }),
      person({ name: '王洁', idNumber: makeIdNumber('530602', '1985-04-12', 13), ...loose }),
    ] as const;
    const cross = [person({ name: '王晶', ...home }), person({ name: '王晶', ...there })] as const;
    const relatives = { relativeNames: ['李桂英'], ...family };
    const families = [
      person({ name: '李明', ...home, ...relatives, householdNo: 'A' }),
      person({
        name: '李明',
        idNumber: makeIdNumber('530602', '1985-04-12', 13),
        ...relatives,
        householdNo: 'B',
      }),
    ] as const;
    const at = (pair: readonly [CandidateRow, CandidateRow], n: number) =>
      scorePair({ ...pair[0], nameCount: n }, { ...pair[1], nameCount: n }, p).score;
    const found = (pair: readonly [CandidateRow, CandidateRow], n: number) => at(pair, n) >= p.threshold;
    expect([found(dropped, rareCount), found(dropped, commonCount)]).toEqual([true, false]);
    expect([found(cross, rareCount), found(cross, commonCount)]).toEqual([true, true]);
    expect(at(cross, commonCount)).toBeLessThan(at(cross, rareCount));
    expect(at(families, commonCount)).toBe(at(families, rareCount));
    expect(found(families, commonCount)).toBe(true);
  });

  it('as a scan sees it (households sized, relatives not yet read), a family registered twice under a common name waits for its households and is found', () => {
    const twice = [
      person({
        name: '李明',
        idNumber: makeIdNumber('530602', '1985-04-12', 11),
        householdNo: 'A',
        ...family,
      }),
      person({
        name: '李明',
        idNumber: makeIdNumber('530602', '1985-04-12', 13),
        householdNo: 'B',
        ...family,
      }),
    ].map((r) => ({ ...r, nameCount: commonCount }));
    const { gray } = findDuplicatesInBlock(twice, p, new Set(), { deferToContext: true });
    expect(gray).toHaveLength(1);
    const members = new Map(
      ['A', 'B'].map((h, i) => [
        h,
        [
          { personId: twice[i]!.personId, name: '李明' },
          { personId: `${h}-mother`, name: '李桂英' },
        ],
      ]),
    );
    expect(decideGrayPairs(gray, members, p)).toHaveLength(1);
  });

  const place = fc.constantFrom('云南省昭通市', '云南省昭阳区', '', null);
  const row = fc.record({
    name: fc.constantFrom('张伟', '张玮', '張偉', '张小伟', '王芳', '李娜'),
    formerName: fc.option(fc.constantFrom('张伟', '王芳'), { nil: null }),
    birthDate: fc.constantFrom('1985-04-12', '1985-04-21'),
    sex: fc.constantFrom('1', '2'),
    relation: fc.constantFrom('02', '10', '20', '97'),
    householdNo: fc.constantFrom('H1', 'H2', 'H3'),
    birthPlace: place,
    ethnicity: fc.constantFrom('01', '03', ''),
    householdSize: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    relativeNames: fc.option(fc.array(fc.constantFrom('李桂英', '张强'), { maxLength: 2 }), {
      nil: undefined,
    }),
    idNumber: fc.constantFrom(
      makeIdNumber('530602', '1985-04-12', 11),
      makeIdNumber('530627', '1985-04-12', 13),
      '530602850412013',
    ),
  });

  it('property: with otherwise identical evidence, fewer namesakes never score lower, and the score stays under its ceiling', () => {
    fc.assert(
      fc.property(
        row,
        row,
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (x, y, m, n, w) => {
          const q = withWeight(w);
          const [fewer, more] = m <= n ? [m, n] : [n, m];
          const a = person(x);
          const b = person(y);
          const rare = scorePair({ ...a, nameCount: fewer }, { ...b, nameCount: fewer }, q);
          const common = scorePair({ ...a, nameCount: more }, { ...b, nameCount: more }, q);
          expect(rare.score).toBeGreaterThanOrEqual(common.score);
          expect(common.score).toBeLessThanOrEqual(scoreCeiling(nameEvidence(a, b, q), q) + 1e-9);
          // Strictly lower when the term applies (not to a match carried by a former name), the weight is not
          // negligible and there was a score to lower.
          const applies = common.evidence.commonName === 1 && nameCommonness(fewer, q) === 0;
          if (applies && w >= 0.1 && rare.score > 0.1) expect(common.score).toBeLessThan(rare.score);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: a gray pair keeps its floor — relatives lift a common name’s pair as the floor says', () => {
    fc.assert(
      fc.property(row, row, fc.integer({ min: 1, max: 20_000 }), (x, y, n) => {
        const a = { ...person({ ...x, relativeNames: undefined }), nameCount: n };
        const b = { ...person({ ...y, relativeNames: undefined }), nameCount: n };
        const s = scorePair(a, b, p);
        const lifted = scorePair({ ...a, relativeNames: ['李桂英'] }, { ...b, relativeNames: ['李桂英'] }, p);
        const scored = a.householdSize !== undefined && b.householdSize !== undefined;
        const common = p.weights.commonName * (s.evidence.commonName ?? 0);
        if (lifted.score >= p.threshold && !s.twins && a.householdNo !== b.householdNo && scored)
          expect(s.score).toBeGreaterThanOrEqual(contextFloor(s.weight, p, true, common));
      }),
      { numRuns: 2000 },
    );
  });
});
