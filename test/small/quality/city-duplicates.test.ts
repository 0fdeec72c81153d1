// Issue 18: evidence that means what it says across the city. A second registration in another county carries a
// number with that county's code and the same birth date; a legacy 15-digit number and the former 水富县 code are
// read in today's form first; namesakes each anchored in a family of their own stay apart.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contextFloor,
  duplicateFinding,
  evidenceKind,
  findDuplicates,
  idNumberRelation,
  idNumberSimilarity,
  scorePair,
} from '../../../src/domain/quality/index.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { params, person } from './fixtures.ts';

const p = params.duplicate;
const family = { relation: '20', householdSize: 4, householdKind: 'family' };
const loose = { relation: '97', householdSize: 5, householdKind: 'family' };

describe('how two numbers relate', () => {
  it('another county with the same birth date is a second registration elsewhere, not evidence against', () => {
    const r = idNumberRelation(
      makeIdNumber('530624', '1985-04-12', 11),
      makeIdNumber('530627', '1985-04-12', 13),
    );
    expect(r).toEqual({ kind: 'other-county', legacy: false, formerDivision: false });
    expect(
      idNumberSimilarity(
        makeIdNumber('530624', '1985-04-12', 11),
        makeIdNumber('530627', '1985-04-12', 13),
        p.similarity,
      ),
    ).toBe(p.similarity.idOtherCounty);
    expect(p.similarity.idOtherCounty).toBeGreaterThan(0);
    expect(
      idNumberRelation(makeIdNumber('530624', '1985-04-12', 11), makeIdNumber('530624', '1985-04-13', 13))!
        .kind,
    ).toBe('different');
  });

  it('a 15-digit number is compared as its upgrade; 530630 as 530681', () => {
    const legacy = '530627850412013';
    expect(idNumberRelation(legacy, makeIdNumber('530627', '1985-04-12', 11))).toEqual({
      kind: 'same-county',
      legacy: true,
      formerDivision: false,
    });
    expect(
      idNumberRelation(makeIdNumber('530630', '1990-02-03', 21), makeIdNumber('530681', '1990-02-03', 23)),
    ).toEqual({
      kind: 'same-county',
      legacy: false,
      formerDivision: true,
    });
    // A 15-digit number under the former code against today's: both readings at once.
    expect(idNumberRelation('530630900203025', makeIdNumber('530681', '1990-02-03', 23))).toEqual({
      kind: 'same-county',
      legacy: true,
      formerDivision: true,
    });
    expect(idNumberRelation('', makeIdNumber('530681', '1990-02-03', 23))).toBeNull();
  });

  it('property: the relation is symmetric and never depends on the sequence', () => {
    const county = fc.constantFrom('530602', '530621', '530624', '530627', '530630', '530681');
    fc.assert(
      fc.property(
        county,
        county,
        fc.integer({ min: 0, max: 998 }),
        fc.integer({ min: 0, max: 998 }),
        (ca, cb, sa, sb) => {
          const a = makeIdNumber(ca, '1979-11-30', sa);
          const b = makeIdNumber(cb, '1979-11-30', sb);
          const r = idNumberRelation(a, b)!;
          expect(idNumberRelation(b, a)).toEqual(r);
          expect(r.kind).not.toBe('different');
        },
      ),
    );
  });
});

describe('probable duplicates across the city', () => {
  it('彝良 → 镇雄: a new number there, registered as 其他亲属 in someone else’s family, is found', () => {
    const home = person({
      name: '陈秀英',
      sex: '2',
      idNumber: makeIdNumber('530628', '1972-08-09', 24),
      ...family,
    });
    const there = person({
      name: '陈秀英',
      sex: '2',
      idNumber: makeIdNumber('530627', '1972-08-09', 30),
      ...loose,
    });
    const s = scorePair(home, there, p);
    expect(s.score).toBeGreaterThanOrEqual(p.threshold);
    expect(evidenceKind(s)).toBe('other-county-number');
    expect(duplicateFinding(home, there, s).detail.evidenceKind).toBe('other-county-number');
  });

  it('the legacy and the former-county pairs are found and say which evidence carried them', () => {
    const a = person({ idNumber: makeIdNumber('530627', '1985-04-12', 11), ...family });
    const legacy = person({ idNumber: '530627850412013', ...loose });
    expect(evidenceKind(scorePair(a, legacy, p))).toBe('legacy-number');
    expect(scorePair(a, legacy, p).score).toBeGreaterThanOrEqual(p.threshold);
    const now = person({
      birthDate: '1990-02-03',
      idNumber: makeIdNumber('530681', '1990-02-03', 23),
      ...family,
    });
    const before = person({
      birthDate: '1990-02-03',
      idNumber: makeIdNumber('530630', '1990-02-03', 21),
      ...loose,
    });
    expect(evidenceKind(scorePair(now, before, p))).toBe('former-division');
    expect(scorePair(now, before, p).score).toBeGreaterThanOrEqual(p.threshold);
  });

  it('both in families: found only when a relative of the same name is in both households', () => {
    const a = person({
      idNumber: makeIdNumber('530602', '1985-04-12', 11),
      ...family,
      relativeNames: ['李桂英', '张强'],
      householdNo: 'A',
    });
    const b = person({
      idNumber: makeIdNumber('530602', '1985-04-12', 13),
      ...family,
      relativeNames: ['李桂英'],
      householdNo: 'B',
    });
    const s = scorePair(a, b, p);
    expect(evidenceKind(s)).toBe('relatives');
    expect(s.score).toBeGreaterThanOrEqual(p.threshold);
    expect(scorePair({ ...a, relativeNames: ['王芳'] }, b, p).score).toBeLessThan(p.threshold);
  });

  it('hard negatives: namesakes born the same day in two counties — other sex, or each in a family — stay apart', () => {
    const a = person({ idNumber: makeIdNumber('530621', '1985-04-12', 11), ...family });
    const otherSex = person({ sex: '2', idNumber: makeIdNumber('530626', '1985-04-12', 12), ...loose });
    const ownFamily = person({
      idNumber: makeIdNumber('530626', '1985-04-12', 13),
      relation: '02',
      householdSize: 3,
      householdKind: 'family',
    });
    expect(scorePair(a, otherSex, p).score).toBe(0);
    expect(scorePair(a, ownFamily, p).score).toBeLessThan(p.threshold);
    expect(
      findDuplicates([a, otherSex, ownFamily], p).findings.filter(
        (f) =>
          f.idNumbers.includes(ownFamily.idNumber) &&
          (f.detail.score as number) >= p.threshold &&
          'household' in (f.detail.evidence as object),
      ),
    ).toEqual([]);
  });

  it('property: a pair below the context floor cannot reach the threshold whatever its households say', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (score, weight) => {
          const floor = contextFloor(weight, p);
          if (score >= floor) return;
          const w = p.weights;
          const best = Math.max(
            (score * weight + w.relatives) / (weight + w.relatives),
            (score * weight + w.household * p.similarity.loose) / (weight + w.household),
            (score * weight + w.relatives + w.household * p.similarity.loose) /
              (weight + w.relatives + w.household),
          );
          expect(best).toBeLessThan(p.threshold + 1e-9);
        },
      ),
    );
  });
});
