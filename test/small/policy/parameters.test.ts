// Dated, per-division parameters and reform overlays: half-open periods, the most specific division wins,
// reforms validated whole before use.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../src/domain/errors.ts';
import {
  applyReform,
  buildParameterSet,
  divisionChain,
  resolveParameter,
} from '../../../src/domain/policy/parameters.ts';
import { loadParameterSet } from '../../../src/policy-data/load.ts';

const v = (from: string, to: string | null, value: number) => ({ from, to, value, reference: 'test' });
const set = buildParameterSet({
  'p.yaml': {
    id: 'test',
    parameters: {
      'x.area': {
        type: 'number',
        unit: 'm²',
        clauses: ['T6'],
        description: 'd',
        values: [v('2017-01-01', '2018-01-01', 10), v('2018-01-01', null, 12)],
        divisions: { '530628': [v('2017-01-01', null, 20)], '530628001': [v('2017-06-01', null, 30)] },
      },
    },
  },
});

function issues(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return (e as DomainError).issues.map((i) => i.path);
  }
  return [];
}

describe('parameters', () => {
  it('selects by half-open validity [from, to)', () => {
    expect(resolveParameter(set, 'x.area', '2017-12-31').value).toBe(10);
    expect(resolveParameter(set, 'x.area', '2018-01-01').value).toBe(12);
    expect(issues(() => resolveParameter(set, 'x.area', '2016-12-31'))).toEqual(['asOf']);
  });

  it('lets the most specific division override, village → town → county → default', () => {
    expect(divisionChain('530628001002')).toEqual(['530628001002', '530628001', '530628']);
    expect(resolveParameter(set, 'x.area', '2017-07-01', '530628001002')).toMatchObject({
      value: 30,
      division: '530628001',
    });
    expect(resolveParameter(set, 'x.area', '2017-05-01', '530628001')).toMatchObject({
      value: 20,
      division: '530628',
    });
    expect(resolveParameter(set, 'x.area', '2017-07-01', '530602')).toMatchObject({
      value: 10,
      division: null,
    });
  });

  it('refuses overlapping periods, wrong types and values without a reference', () => {
    const bad = {
      id: 't',
      parameters: {
        'x.y': {
          type: 'number',
          unit: 'u',
          clauses: ['T6'],
          description: 'd',
          values: [v('2017-01-01', null, 1), { from: '2017-06-01', value: 'a', reference: '' }],
        },
      },
    };
    expect(issues(() => buildParameterSet({ 'b.yaml': bad })).sort()).toEqual([
      'b.yaml:parameters.x.y.values.1.reference',
    ]);
    const typed = {
      id: 't',
      parameters: {
        'x.y': {
          ...bad.parameters['x.y'],
          values: [v('2017-01-01', null, 1), { from: '2017-06-01', value: 'a', reference: 'r' }],
        },
      },
    };
    expect(issues(() => buildParameterSet({ 'b.yaml': typed })).sort()).toEqual([
      'parameters.x.y.values.0.to',
      'parameters.x.y.values.1.value',
    ]);
  });

  it('validates a reform whole: unknown parameters, types, dates, unknown fields, all at once', () => {
    const reform = {
      id: 'r',
      name: 'n',
      extra: true,
      parameters: {
        'no.such': { values: [v('2017-01-01', null, 1)] },
        'x.area': { values: [{ from: '2017-01-01', value: true, reference: 'r' }] },
      },
    };
    expect(issues(() => applyReform(set, reform))).toEqual(['extra']);
    const { extra: _e, ...rest } = reform;
    expect(issues(() => applyReform(set, rest))).toEqual([
      'parameters.no.such',
      'parameters.x.area.values.0.value',
    ]);
  });

  it('overlays a reform without touching the base set', () => {
    const r = applyReform(set, {
      id: 'r',
      name: 'n',
      parameters: { 'x.area': { divisions: { '530602': [v('2017-01-01', null, 99)] } } },
    });
    expect(r.id).toBe('test+r');
    expect(resolveParameter(r, 'x.area', '2017-07-01', '530602').value).toBe(99);
    expect(resolveParameter(r, 'x.area', '2017-07-01', '530628').value).toBe(20);
    expect(resolveParameter(set, 'x.area', '2017-07-01', '530602').value).toBe(10);
  });

  it('ships a reference for every value and marks the T6 standard of every county as a placeholder', () => {
    const shipped = loadParameterSet();
    for (const def of Object.values(shipped.parameters)) {
      for (const value of [...def.values, ...Object.values(def.divisions ?? {}).flat()])
        expect(value.reference.length).toBeGreaterThan(0);
    }
    const t6 = shipped.parameters['t6.housingDifficultyStandardM2']!;
    expect(Object.keys(t6.divisions!)).toHaveLength(11);
    expect(
      Object.values(t6.divisions!)
        .flat()
        .every((x) => x.placeholder),
    ).toBe(true);
    expect(resolveParameter(shipped, 't9.minMonthsEmployed', '2017-06-01').value).toBe(12);
    expect(resolveParameter(shipped, 't2.ownPolicy', '2017-06-01', '530602').value).toBe(false);
  });
});
