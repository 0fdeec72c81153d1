// Issue 16's Done-when: `registry as-of` of a moment after an import and some events gives the persons and
// households active then. Property: after any sequence of registry changes following an import, the register read
// as of the moment after each change equals the live tables as they stood right then, and as of the baseline it is
// the imported register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import { registryAsOf } from '../../../src/app/registry/registry-as-of.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { endOfDay } from '../../../src/domain/statistics/as-of.ts';
import { ENGINES } from '../../support/databases.ts';
import { operatorContext } from '../../support/deps.ts';
import { BASELINE_DAY, generatedCity, importedCity, type ImportedCity } from './support.ts';

let city: Awaited<ReturnType<typeof generatedCity>>;
beforeAll(async () => {
  city = await generatedCity(400, 'as-of-property');
}, 120_000);
afterAll(() => city?.dispose());

type Step = { kind: 'birth' | 'death' | 'rename' | 'move-out' | 'head'; pick: number; sex: '1' | '2' };
const step = fc.record({
  kind: fc.constantFrom('birth', 'death', 'rename', 'move-out', 'head'),
  pick: fc.nat(10_000),
  sex: fc.constantFrom('1', '2'),
}) as fc.Arbitrary<Step>;

/** The live register as a comparable value: active persons and households with what a change can alter. */
async function live(c: ImportedCity) {
  const [p, h] = await Promise.all([
    sql<{
      id: string;
    }>`select person_id || '|' || name || '|' || household_id || '|' || relation || '|' || version as id
                          from person where status = 'active' order by 1`.execute(c.database.db),
    sql<{
      id: string;
    }>`select household_id || '|' || version as id from household where status = 'active' order by 1`.execute(
      c.database.db,
    ),
  ]);
  return { persons: p.rows.map((r) => r.id), households: h.rows.map((r) => r.id) };
}

async function asOf(c: ImportedCity, at: Date) {
  const s = await registryAsOf(c.deps, at);
  return {
    persons: s.persons
      .filter((p) => p.status === 'active')
      .map((p) => `${p.personId}|${p.name}|${p.householdId}|${p.relation}|${p.version}`)
      .sort(),
    households: s.households.map((h) => `${h.householdId}|${h.version}`).sort(),
  };
}

async function apply(c: ImportedCity, s: Step): Promise<boolean> {
  const rows = await sql<{
    person_id: string;
    version: number;
    household_id: string;
    relation: string;
    hv: number;
  }>`
    select p.person_id, p.version, p.household_id, p.relation, h.version as hv
      from person p join household h on h.household_id = p.household_id
     where p.status = 'active' and p.legacy_flag is null and h.legacy_flag is null
       and (${s.kind} in ('birth', 'rename', 'head') or p.relation <> '02')
     order by p.person_id`.execute(c.database.db);
  const t = rows.rows[s.pick % rows.rows.length]!;
  const reason = '性质测试';
  const inputs: Record<Step['kind'], [Parameters<typeof recordChange>[2], Record<string, unknown>]> = {
    birth: [
      'register-birth',
      {
        householdId: t.household_id,
        version: t.hv,
        relation: s.sex === '1' ? '30' : '40',
        person: { name: '新生', sex: s.sex, birthDate: '2023-01-02', ethnicity: '01' },
        reason,
      },
    ],
    death: ['record-death', { personId: t.person_id, version: t.version, deathDate: '2023-01-05', reason }],
    rename: [
      'correct-item',
      { personId: t.person_id, version: t.version, field: 'name', after: `更名${s.pick}`, reason },
    ],
    'move-out': ['move-out', { personId: t.person_id, version: t.version, to: '四川省成都市', reason }],
    head: [
      'change-head',
      {
        householdId: t.household_id,
        version: t.hv,
        newHeadPersonId: t.person_id,
        formerHeadRelation: '97',
        reason,
      },
    ],
  };
  const [command, input] = inputs[s.kind];
  try {
    await recordChange(c.deps, operatorContext(), command, input);
    return true;
  } catch (e) {
    // A change the register refuses (a rule, a legacy record) writes nothing: the property still holds.
    if (e instanceof DomainError) return false;
    throw e;
  }
}

describe.each(ENGINES)('registry as-of after an import on %s', (engine) => {
  let c: ImportedCity;
  beforeAll(async () => {
    c = await importedCity(engine, city.dir);
  }, 180_000);
  afterAll(async () => c?.database.dispose());

  it('equals the live tables at every moment after any sequence of changes', async () => {
    const imported = await live(c);
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const states: Array<{ at: Date; state: Awaited<ReturnType<typeof live>> }> = [];
        for (const s of steps) {
          if (await apply(c, s)) applied++;
          c.clock.advance(60_000);
          states.push({ at: c.clock.now(), state: await live(c) });
        }
        for (const { at, state } of states) expect(await asOf(c, at)).toEqual(state);
      }),
      { numRuns: 6 },
    );
    expect(applied).toBeGreaterThan(5);
    expect(await asOf(c, endOfDay(BASELINE_DAY))).toEqual(imported);
  }, 300_000);
});
