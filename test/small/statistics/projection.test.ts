// The projection's pure parts: register facts → engine facts (nothing invented: what the register lacks is unmet
// in the known pass, met only in the favourable one), the two engines agreeing on every kind of evaluated row,
// the tally's moves between counties, and the table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATCH_CLAUSES, OUTCOMES, decodeCase, evaluateRows } from '../../../src/domain/policy/batch/index.ts';
import { F } from '../../../src/domain/policy/batch/population.ts';
import { evaluateSettlement } from '../../../src/domain/policy/decide.ts';
import { apartFacts, ENOUGH_YEARS, permitFacts } from '../../../src/domain/statistics/projection-facts.ts';
import { projectionOutputOf } from '../../../src/domain/statistics/projection-output.ts';
import {
  emptyTally,
  projectionEngine,
  projectionPopulations,
  tallyChunk,
  type EvaluatedRow,
} from '../../../src/domain/statistics/projection-tally.ts';
import { projectionTable, PROJECTION_COLUMNS } from '../../../src/domain/statistics/projection-table.ts';
import { loadParameterSet, loadShippedReform } from '../../../src/policy-data/load.ts';

const plan = loadParameterSet();
const AS_OF = '2023-03-01';
const UNITS = ['530602001001', '530628001001', '530628102201', '530602201001', '530621001001'];

const apartRow = (unit: string, hukouUrban: boolean, from: string, to: string): EvaluatedRow => ({
  facts: apartFacts({ hukouUrban, residenceUnit: unit }),
  source: 'apart',
  from: { county: from, urban: hukouUrban },
  to: { county: to, urban: true },
  birthDate: '1980-01-01',
});

describe('register facts → engine facts', () => {
  it('an apart person: living there is known; tenure and legality are not (unmet, favourable only as owned+legal)', () => {
    const f = apartFacts({ hukouUrban: false, residenceUnit: '530602001001' });
    expect(f.known & F.residing).toBeTruthy();
    expect(f.known & (F.owned | F.legal | F.rentalRegistered | F.ownerConsent)).toBe(0);
    expect(f.known & (F.otherHousehold | F.shared)).toBe(F.otherHousehold | F.shared);
    expect(f.favourable & (F.owned | F.legal)).toBe(F.owned | F.legal);
    expect(f.known & F.hukouRural).toBeTruthy();
    expect(apartFacts({ hukouUrban: true, residenceUnit: '530602001001' }).known & F.hukouRural).toBe(0);
    // 凤凰街道 of 昭阳 is the central city, 角奎街道 a county town, a 乡's community rural (kind 0, 1, 3).
    expect(
      [UNITS[0], UNITS[1], UNITS[3]].map((u) => apartFacts({ hukouUrban: true, residenceUnit: u! }).kind),
    ).toEqual([0, 1, 3]);
  });

  it('a permit holder: the grounds say whether a legal stable residence is known; missing insurance is unknown', () => {
    const base = {
      residenceUnit: '530628001001',
      hukouRural: true,
      continuousYears: 2,
      insuranceYears: null,
    };
    const withResidence = permitFacts({ ...base, grounds: ['residence'] });
    const employmentOnly = permitFacts({ ...base, grounds: ['employment'] });
    expect(withResidence.known & F.permitResidence).toBeTruthy();
    expect(employmentOnly.known & F.permitResidence).toBe(0);
    expect(employmentOnly.favourable & F.permitResidence).toBeTruthy();
    expect([employmentOnly.insuranceKnown, employmentOnly.insuranceFavourable]).toEqual([0, ENOUGH_YEARS]);
    const reported = permitFacts({ ...base, grounds: [], insuranceYears: 3 });
    expect([reported.insuranceKnown, reported.insuranceFavourable]).toEqual([3, 3]);
  });
});

describe('both engines agree on the rows the projection builds', () => {
  const row = fc.oneof(
    fc
      .record({ unit: fc.constantFrom(...UNITS), urban: fc.boolean() })
      .map(({ unit, urban }): EvaluatedRow => apartRow(unit, urban, '530602', unit.slice(0, 6))),
    fc
      .record({
        unit: fc.constantFrom(...UNITS),
        rural: fc.boolean(),
        grounds: fc.subarray(['employment', 'residence', 'study']),
        years: fc.nat(8),
        insurance: fc.option(fc.nat(8)),
      })
      .map((h): EvaluatedRow => ({
        facts: permitFacts({
          residenceUnit: h.unit,
          hukouRural: h.rural,
          grounds: h.grounds,
          continuousYears: h.years,
          insuranceYears: h.insurance,
        }),
        source: 'permit',
        from: null,
        to: { county: h.unit.slice(0, 6), urban: true },
        birthDate: '1990-01-01',
      })),
  );
  for (const [name, set] of [
    ['the plan', plan],
    ['the 彝良 reform', loadShippedReform('yiliang-restriction', plan)],
  ] as const) {
    it(`outcome and clauses, known and favourable, under ${name}`, () => {
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
          const engine = projectionEngine(set, AS_OF);
          for (const p of projectionPopulations(rows, AS_OF)) {
            const outcome = new Uint8Array(p.size);
            const clauses = new Uint16Array(p.size);
            evaluateRows(p, engine.tables, outcome, clauses);
            for (let i = 0; i < p.size; i++) {
              const single = evaluateSettlement(decodeCase(p, i), set);
              expect(OUTCOMES[outcome[i]!]).toBe(single.outcome);
              expect(BATCH_CLAUSES.filter((_, k) => clauses[i]! & (1 << k))).toEqual(single.clauses);
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('the tally and the answer', () => {
  const registered = [
    { county: '530602', persons: 10, urban: 4 },
    { county: '530628', persons: 10, urban: 5 },
  ];
  const meta = {
    asOf: AS_OF,
    computedAt: '2023-03-01T04:00:00.000Z',
    policy: { id: 'zhaotong-2017', reform: false },
    targetPercent: 45,
  };

  it('moves an eligible person from the hukou county to where they live; a holder from outside adds', () => {
    const t = emptyTally();
    const holder: EvaluatedRow = {
      facts: permitFacts({
        residenceUnit: '530602001001',
        hukouRural: true,
        grounds: ['residence'],
        continuousYears: 1,
        insuranceYears: null,
      }),
      source: 'permit',
      from: null,
      to: { county: '530602', urban: true },
      birthDate: '1990-01-01',
    };
    const movingHolder = { ...holder, from: { county: '530628', urban: true } };
    tallyChunk(t, projectionEngine(plan, AS_OF), [
      holder,
      movingHolder,
      apartRow(UNITS[1]!, false, '530602', '530628'),
    ]);
    const o = projectionOutputOf(registered, t, meta);
    const byCode = (c: string) => o.counties.find((x) => x.code === c)!;
    const zhaoyang = byCode('530602');
    const yiliang = byCode('530628');
    expect(zhaoyang).toMatchObject({
      eligible: 2,
      undetermined: 0,
      urbanization: { projected: 6 / 12 },
      meetsTarget: true,
    });
    expect(yiliang).toMatchObject({
      eligible: 0,
      undetermined: 1,
      urbanization: { projected: 4 / 9 },
      meetsTarget: false,
    });
    // Upper: the apart person (昭阳 rural hukou) moves to 角奎街道 as well.
    expect(yiliang.urbanization.upper).toBe(5 / 10);
    expect(zhaoyang.urbanization.upper).toBe(6 / 11);
    expect(o.city).toMatchObject({
      registered: 20,
      eligible: 2,
      urbanization: { registered: 9 / 20, projected: 10 / 21 },
    });
    expect(o.evaluated).toEqual({ apart: 1, permitHolders: 2 });
    expect(o.byClause).toEqual([{ clause: 'T11.1', persons: 2 }]);
    expect(o.ineligibleReasons.every((r) => r.unknown)).toBe(true);
  });

  it('the table has a line per county and one for the city, in the stated columns', () => {
    const o = projectionOutputOf(registered, emptyTally(), meta);
    const table = projectionTable(o);
    expect(table[0]).toEqual([...PROJECTION_COLUMNS]);
    expect(table).toHaveLength(1 + 11 + 1);
    expect(table.at(-1)!.slice(0, 4)).toEqual(['5306', '昭通市', '20', String(9 / 20)]);
    expect(table.find((l) => l[0] === '530627')!.slice(2, 5)).toEqual(['0', '', '']);
  });
});
