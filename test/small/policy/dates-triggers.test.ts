// Exact calendar arithmetic (ages on birthdays, months lived) and T3's in/out counting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn, isIsoDate, monthsBetween } from '../../../src/domain/policy/dates.ts';
import { countBoundaryMoves, t3TriggerReport } from '../../../src/domain/policy/triggers.ts';
import { loadParameterSet } from '../../../src/policy-data/load.ts';

describe('dates', () => {
  it('ages change on the birthday itself', () => {
    expect(ageOn('1999-06-02', '2017-06-01')).toBe(17);
    expect(ageOn('1999-06-01', '2017-06-01')).toBe(18);
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(17);
    expect(ageOn('2000-02-29', '2018-03-01')).toBe(18);
    expect(ageOn('2000-02-29', '2020-02-29')).toBe(20);
  });

  it('counts completed months and shifts dates', () => {
    expect(monthsBetween('2016-12-01', '2017-06-01')).toBe(6);
    expect(monthsBetween('2016-12-02', '2017-06-01')).toBe(5);
    expect(addMonths('2018-03-31', -1)).toBe('2018-02-28');
    expect(addMonths('2017-01-10', -1)).toBe('2016-12-10');
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
  });
});

describe('isIsoDate', () => {
  // What the JavaScript calendar says (proleptic Gregorian, years 0000–9999): the reading by character codes must agree.
  const byDate = (s: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const d = new Date(0);
    d.setUTCFullYear(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
    return d.toISOString().slice(0, 10) === s;
  };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  it('agrees with the calendar on every shape of YYYY-MM-DD, real or not', () => {
    fc.assert(
      fc.property(fc.nat(9999), fc.nat(13), fc.nat(32), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isIsoDate(s)).toBe(byDate(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        expect(isIsoDate(s)).toBe(byDate(s));
      }),
    );
    for (const s of ['2000-2-29', '２０００-01-01', '2000/01/01', '2000-01-01 ', '+2000-01-1', 20000101])
      expect(isIsoDate(s)).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});

describe('T3 trigger', () => {
  const towns = ['530628001', '530628002'];
  const moves = [
    { date: '2018-01-05', from: '530627', to: '530628001003' }, // in
    { date: '2018-02-05', from: null, to: '530628002001' }, // in, from outside the register
    { date: '2018-03-05', from: '530628001001', to: '530628002001' }, // inside the town: neither
    { date: '2018-04-05', from: '530628002001', to: '530602' }, // out
    { date: '2018-05-05', from: '530628101001', to: '530628001001' }, // in from another town of the county
    { date: '2019-01-01', from: '530627', to: '530628001001' }, // outside the period
  ];

  it('counts moves across the county town’s boundary in a half-open period', () => {
    expect(countBoundaryMoves(moves, towns, '2018-01-01', '2019-01-01')).toEqual({
      inMigrants: 3,
      outMigrants: 1,
    });
  });

  it('reports whether in > out, with the area from the parameters', () => {
    const r = t3TriggerReport(loadParameterSet(), moves, '2016-01-01', '2019-01-01');
    expect(r).toMatchObject({
      clause: 'T3',
      inMigrants: 3,
      outMigrants: 1,
      inExceedsOut: true,
      area: { towns },
    });
    expect(t3TriggerReport(loadParameterSet(), [], '2018-01-01', '2019-01-01').inExceedsOut).toBe(false);
  });
});
