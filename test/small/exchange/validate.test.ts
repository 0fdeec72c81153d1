import { describe, expect, it } from 'vitest';
import {
  mapHeader,
  personIssues,
  householdIssues,
  divisionIssues,
  isIsoDate,
} from '../../../src/domain/exchange/validate.ts';
import { EXCHANGE_FILES } from '../../../src/domain/exchange/columns.ts';

const lookups = { isKnownUnit: (c: string) => c === '530602001001' };

function person(overrides: Record<string, string> = {}) {
  const row: Record<string, string> = {
    id_number: '530602198002221310',
    name: '张三',
    sex: '1',
    birth_date: '1980-02-22',
    ethnicity: '01',
    household_no: '530602001000001',
    relation: '02',
    status: 'active',
    cancelled_reason: '',
    former_type: 'agricultural',
    residence_division_code: '',
    residing_since: '',
    ...overrides,
  };
  return (c: string) => row[c]!;
}

describe('row validation (spec/data-exchange.md)', () => {
  it('accepts a good person row', () => {
    expect(personIssues(person(), lookups)).toEqual([]);
  });

  it('lets quality problems through: bad check digit, 15-digit number, empty name and ethnicity, sex disagreeing', () => {
    expect(
      personIssues(person({ id_number: '530602198002221311', name: '', ethnicity: '', sex: '2' }), lookups),
    ).toEqual([]);
    expect(personIssues(person({ id_number: '530602800222131' }), lookups)).toEqual([]);
  });

  it('refuses what cannot be stored, naming the column', () => {
    const cols = (o: Record<string, string>) => personIssues(person(o), lookups).map((i) => i.column);
    expect(cols({ birth_date: '1980-02-30' })).toEqual(['birth_date']);
    expect(cols({ sex: '0' })).toEqual(['sex']);
    expect(cols({ ethnicity: '57' })).toEqual(['ethnicity']);
    expect(cols({ relation: '98' })).toEqual(['relation']);
    expect(cols({ status: 'dead' })).toEqual(['status']);
    expect(cols({ status: 'cancelled' })).toEqual(['cancelled_reason']);
    expect(cols({ cancelled_reason: 'death' })).toEqual(['cancelled_reason']);
    expect(cols({ residence_division_code: '530602999999' })).toEqual(['residence_division_code']);
    expect(cols({ residence_division_code: '440306001002', residing_since: '2020-01-01' })).toEqual([]);
  });

  it('checks households and divisions', () => {
    const hh = (o: Record<string, string>) => {
      const row: Record<string, string> = {
        household_no: 'H1',
        kind: 'family',
        division_code: '530602001001',
        address: '凤凰路1号',
        created_on: '2001-01-01',
        ...o,
      };
      return householdIssues((c) => row[c]!, lookups).map((i) => i.column);
    };
    expect(hh({})).toEqual([]);
    expect(
      hh({ kind: 'agricultural-family', division_code: '530602001002', created_on: '2001/01/01' }),
    ).toEqual(['kind', 'division_code', 'created_on']);
    const div = (code: string, ur = '') =>
      divisionIssues((c) => ({ code, name: 'x', urban_rural_code: ur })[c]!).map((i) => i.column);
    expect(div('530602')).toEqual([]);
    expect(div('530602001')).toEqual([]);
    expect(div('530602001001', '111')).toEqual([]);
    expect(div('530602001001', '999')).toEqual(['urban_rural_code']);
    expect(div('110101')).toEqual(['code']);
  });

  it('maps headers in any order, refusing missing and extra columns', () => {
    const cols = [...EXCHANGE_FILES.deaths.columns].reverse();
    expect(mapHeader('deaths', cols).issues).toEqual([]);
    expect(mapHeader('deaths', [...cols, 'note']).issues.map((i) => i.column)).toEqual(['note']);
    expect(mapHeader('deaths', [...cols, 'note'], true).issues).toEqual([]);
    expect(mapHeader('deaths', ['id_number', 'name']).issues.map((i) => i.column)).toEqual(['death_date']);
  });

  it('knows real dates', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-2-29')).toBe(false);
  });
});
