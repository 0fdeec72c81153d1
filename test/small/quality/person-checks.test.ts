import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkPerson,
  checkHeads,
  checkAddresses,
  checkDuplicateIds,
  reconcileFeed,
  FINDING_CODES,
  FINDING_CODE_INFO,
} from '../../../src/domain/quality/index.ts';
import { checkCharacter, makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { params, person } from './fixtures.ts';

const codes = (p: ReturnType<typeof person>) => checkPerson(p, params.requiredItems).map((f) => f.code);

describe('person checks (T12 差错漏)', () => {
  it('a clean row has no finding', () => {
    expect(codes(person())).toEqual([]);
  });

  it('finds each ID-number problem', () => {
    const ok = makeIdNumber('530602', '1985-04-12', 11);
    const wrong = ok.slice(0, 17) + (ok[17] === '1' ? '2' : '1');
    expect(codes(person({ idNumber: wrong }))).toEqual(['invalid-check-digit']);
    const feb30 = '5306021985023001' + '1';
    expect(codes(person({ idNumber: feb30 + checkCharacter(feb30) }))).toEqual(['invalid-id-number']);
    expect(codes(person({ idNumber: '53060285041201' }))).toEqual(['invalid-id-number']);
    expect(codes(person({ idNumber: '530602850412011' }))).toEqual(['legacy-15-digit']);
    expect(codes(person({ idNumber: ok, birthDate: '1985-04-13' }))).toEqual(['birth-date-mismatch']);
    expect(codes(person({ idNumber: ok, sex: '2' }))).toEqual(['sex-mismatch']);
    expect(codes(person({ name: '' }))).toEqual(['missing-required']);
    expect(codes(person({ ethnicity: ' ' }))).toEqual(['missing-required']);
  });

  it('the 15-digit finding carries the upgraded number', () => {
    const [f] = checkPerson(
      person({ idNumber: '511702800222130', birthDate: '1980-02-22', sex: '2' }),
      params.requiredItems,
    );
    expect(f?.detail.upgraded).toBe('511702198002221308');
  });

  it('every finding cites T12, 一址一户 also T4, and a death or enlistment the national article instead', () => {
    const national = {
      'deceased-not-cancelled': '户口登记条例 第八条',
      'enlisted-not-cancelled': '户口登记条例 第十二条',
    };
    for (const code of FINDING_CODES)
      expect(FINDING_CODE_INFO[code].clauses).toEqual(
        code in national ? [national[code as keyof typeof national]] : expect.arrayContaining(['T12']),
      );
    expect(FINDING_CODE_INFO['address-multiple-households'].clauses).toContain('T4');
  });

  it('property: any valid number whose facts agree with the row gives no ID finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 999 }), (day, seq) => {
        const birthDate = new Date(Date.UTC(1930, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const id = makeIdNumber('530627', birthDate, seq);
        const sex = seq % 2 === 1 ? '1' : '2';
        expect(codes(person({ idNumber: id, birthDate, sex }))).toEqual([]);
      }),
    );
  });

  it('property: changing the check character is always found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.constantFrom(...'0123456789X'), (seq, ch) => {
        const id = makeIdNumber('530602', '1985-04-12', seq);
        fc.pre(ch !== id[17]);
        expect(codes(person({ idNumber: id.slice(0, 17) + ch, sex: seq % 2 ? '1' : '2' }))).toContain(
          'invalid-check-digit',
        );
      }),
    );
  });
});

describe('household, duplicate-number and feed checks', () => {
  it('headless and multi-head households', () => {
    const f = checkHeads(
      [
        { householdNo: 'A', countyCode: '530602' },
        { householdNo: 'B', countyCode: '530602' },
        { householdNo: 'C', countyCode: '530602' },
      ],
      [
        { householdNo: 'A', countyCode: '530602', idNumber: '1', relation: '02' },
        { householdNo: 'B', countyCode: '530602', idNumber: '2', relation: '02' },
        { householdNo: 'B', countyCode: '530602', idNumber: '3', relation: '02' },
        { householdNo: 'C', countyCode: '530602', idNumber: '4', relation: '20' },
      ],
    );
    expect(f.map((x) => [x.code, x.householdNos[0]])).toEqual(
      [
        ['household-multiple-heads', 'B'],
        ['household-without-head', 'C'],
      ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
  });

  it('two family households at one address, whatever the spacing or full-width digits', () => {
    const base = { countyCode: '530602', kind: 'family', divisionCode: '530602001001' };
    const f = checkAddresses([
      { ...base, householdNo: 'A', address: '环城路１２号' },
      { ...base, householdNo: 'B', address: '环城路 12号' },
      { ...base, householdNo: 'C', address: '环城路13号' },
      { ...base, householdNo: 'D', address: '环城路13号', kind: 'collective-employer' },
    ]);
    expect(f.map((x) => x.householdNos)).toEqual([['A', 'B']]);
    expect(f[0]!.clauses).toEqual(['T12', 'T4']);
  });

  it('one number on two active persons, a 15-digit number counting as its upgrade', () => {
    const a = person({ idNumber: '511702198002221308' });
    const b = person({ idNumber: '511702800222130' });
    const c = person();
    expect(checkDuplicateIds([a, b, c]).map((f) => f.idNumbers)).toEqual([
      ['511702198002221308', '511702800222130'],
    ]);
  });

  it('deaths feed: an active listed person is 应销未销, with the name compared', () => {
    const a = person({ name: '李四' });
    const f = reconcileFeed('deaths', [{ idNumber: a.idNumber, name: '李 四', date: '2020-01-01' }], [a]);
    expect(f).toHaveLength(1);
    expect(f[0]!.code).toBe('deceased-not-cancelled');
    expect(f[0]!.detail.nameMatches).toBe(true);
    expect(
      reconcileFeed('enlistments', [{ idNumber: a.idNumber, name: '王五', date: '2020-01-01' }], [a])[0]!
        .detail.nameMatches,
    ).toBe(false);
  });
});
