// Exact calendar arithmetic (ages on birthdays, months lived) and T3's in/out counting.
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn, monthsBetween } from '../../../src/domain/policy/dates.ts';
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
