import { describe, expect, it } from 'vitest';
import {
  ETHNICITY_CODES,
  RELATIONSHIP_CODES,
  isMemberRelation,
  isUrban,
} from '../../../src/domain/codes/index.ts';
import {
  COUNTIES,
  TOWNS,
  countyCodeOf,
  divisionUnitIssues,
  generateAllUnits,
  isZhaotongIdAddressCode,
  isZhaotongUnitCode,
  townsOf,
} from '../../../src/domain/divisions/index.ts';

describe('code tables', () => {
  it('has the 56 ethnic groups in GB/T 3304 order', () => {
    expect(Object.keys(ETHNICITY_CODES)).toHaveLength(56);
    expect(ETHNICITY_CODES['01']).toBe('汉族');
    expect(ETHNICITY_CODES['07']).toBe('彝族');
    expect(ETHNICITY_CODES['56']).toBe('基诺族');
  });

  it('has GB/T 4761 relationships; 02 is never a plain member relation', () => {
    expect(RELATIONSHIP_CODES['02']).toBe('户主');
    expect(RELATIONSHIP_CODES['99']).toBe('非亲属');
    expect(isMemberRelation('02')).toBe(false);
    expect(isMemberRelation('20')).toBe(true);
    expect(isMemberRelation('98')).toBe(false);
  });
});

describe('the 昭通 division tree', () => {
  it('ships 11 counties and 150 towns', () => {
    expect(COUNTIES.size).toBe(11);
    expect(TOWNS.size).toBe(150);
    expect(townsOf('530602').filter((t) => t.kind === '街道')).toHaveLength(4);
  });

  it('keeps the old 水富县 code valid in ID numbers and maps it to 水富市', () => {
    expect(isZhaotongIdAddressCode('530630')).toBe(true);
    expect(countyCodeOf('530630')).toBe('530681');
    expect(countyCodeOf('530602001001')).toBe('530602');
    expect(countyCodeOf('110105')).toBeUndefined();
  });

  it('generates valid 12-digit units with plausible urban-rural classes', () => {
    const units = generateAllUnits();
    expect(units).toHaveLength(150 * 12);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) {
      expect(divisionUnitIssues(u)).toEqual([]);
      expect(isZhaotongUnitCode(u.code)).toBe(true);
    }
    const street = units.filter((u) => u.code.startsWith('530602001'));
    expect(street.every((u) => isUrban(u.urbanRuralCode))).toBe(true);
    const xiang = units.filter((u) => TOWNS.get(u.code.slice(0, 9))!.kind === '乡');
    expect(xiang.every((u) => !isUrban(u.urbanRuralCode))).toBe(true);
  });

  it('names the column of a bad division row', () => {
    expect(
      divisionUnitIssues({ code: '999999999001', name: '', urbanRuralCode: '300' }).map((i) => i.path),
    ).toEqual(['code', 'name', 'urban_rural_code']);
  });
});
