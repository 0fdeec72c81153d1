// One active hukou per ID number across counties (T12, issue 20): id_number_claim, keyed by the ID number itself, is
// written in the same statement as the registration (registry_apply_claims, migration 2000). On the county-partitioned
// schema person's own unique index holds per county only, so the claim is what refuses a second county's holder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { ENGINES } from '../../support/databases.ts';
import { operatorContext } from '../../support/deps.ts';
import { createRegistryFixture, personInput, type RegistryFixture } from '../registry/support.ts';

const COUNTY_A_UNIT = '530602001001';
const COUNTY_B_TOWN = '530621001';

function isOneActiveHukou(e: unknown): boolean {
  return e instanceof DomainError && e.code === 'rule-violation' && JSON.stringify(e).includes('idNumber');
}

describe.each(ENGINES)('one active hukou per ID number across counties on %s', (kind) => {
  let f: RegistryFixture;
  let unitB: string;
  const operator = operatorContext('scale-claims');
  const create = (n: number, unit: string, person = personInput(n)) =>
    recordChange(f.deps, operator, 'create-household', {
      reason: '测试',
      kind: 'family',
      address: { divisionCode: unit, detail: `跨县路${n}号` },
      from: '省外',
      head: { type: 'newcomer', person },
    });
  const claimOf = async (idNumber: string) =>
    (
      await sql<{ person_id: string; county_code: string }>`
        select person_id, county_code from id_number_claim where id_number = ${idNumber}`.execute(
        f.database.db,
      )
    ).rows;

  beforeAll(async () => {
    f = await createRegistryFixture(kind);
    const units = generateUnits(COUNTY_B_TOWN);
    await upsertDivisionUnits(f.database.db, units);
    unitB = units[0]!.code;
  });
  afterAll(async () => f?.database.dispose());

  it('claims the number with the registration, refuses it in a second county, and frees it on move-out', async () => {
    const person = personInput(701);
    const a = await create(701, COUNTY_A_UNIT, person);
    const personId = a.persons[0]!.personId;
    expect(await claimOf(person.idNumber)).toEqual([{ person_id: personId, county_code: '530602' }]);

    const second = await create(702, unitB, person).catch((e: unknown) => e);
    expect(isOneActiveHukou(second)).toBe(true);
    expect(await claimOf(person.idNumber)).toEqual([{ person_id: personId, county_code: '530602' }]);

    // Move out of county A, then into a household of county B: the same person, now claimed in B.
    const out = await recordChange(f.deps, operator, 'move-out', {
      reason: '测试',
      personId,
      version: a.persons[0]!.version,
      to: '鲁甸县',
    });
    expect(await claimOf(person.idNumber)).toEqual([]);
    const b = await create(703, unitB);
    await recordChange(f.deps, operator, 'move-in', {
      reason: '测试',
      householdId: b.households[0]!.householdId,
      version: b.households[0]!.version,
      relation: '20',
      from: '昭阳区',
      arrival: { type: 'existing', personId, version: out.persons[0]!.version },
    });
    expect(await claimOf(person.idNumber)).toEqual([{ person_id: personId, county_code: '530621' }]);
    const third = await create(704, COUNTY_A_UNIT, person).catch((e: unknown) => e);
    expect(isOneActiveHukou(third)).toBe(true);
  });

  it('keeps exactly one claim per active unflagged person', async () => {
    const r = await sql<{ missing: number; extra: number }>`
      select
        (select count(*)::int from person p where p.status = 'active' and p.legacy_flag is null
           and not exists (select 1 from id_number_claim c where c.id_number = p.id_number and c.person_id = p.person_id)) as missing,
        (select count(*)::int from id_number_claim c where not exists (select 1 from person p
           where p.person_id = c.person_id and p.id_number = c.id_number and p.county_code = c.county_code
             and p.status = 'active' and p.legacy_flag is null)) as extra`.execute(f.database.db);
    expect(r.rows[0]).toEqual({ missing: 0, extra: 0 });
  });

  it.runIf(kind !== 'pglite')(
    'lets exactly one of two concurrent registrations of one ID number in two counties succeed',
    async () => {
      const person = personInput(711);
      const outcomes = await Promise.allSettled([
        create(711, COUNTY_A_UNIT, person),
        create(712, unitB, person),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(isOneActiveHukou(refused.reason)).toBe(true);
      const active = await sql<{ n: number }>`
        select count(*)::int as n from person where id_number = ${person.idNumber} and status = 'active'`.execute(
        f.database.db,
      );
      expect(active.rows[0]!.n).toBe(1);
    },
  );

  it.runIf(kind !== 'pglite')(
    'makes the second of two open transactions claiming one number wait, then refuses it once the first commits',
    async () => {
      const url = process.env.TEST_DATABASE_URL!;
      const name = (await sql<{ d: string }>`select current_database() as d`.execute(f.database.db)).rows[0]!
        .d;
      const connect = async () => {
        const u = new URL(url);
        u.pathname = `/${name}`;
        const c = new pg.Client({ connectionString: u.toString() });
        await c.connect();
        return c;
      };
      const [one, two] = [await connect(), await connect()];
      const idNumber = personInput(721).idNumber;
      const claim = (county: string, personId: string) =>
        JSON.stringify({
          persons: [
            {
              row: { person_id: personId, id_number: idNumber, status: 'active', county_code: county },
              expected: null,
            },
          ],
        });
      try {
        await one.query('begin');
        await two.query('begin');
        await one.query('select registry_apply_claims($1::jsonb)', [
          claim('530602', '00000000-0000-4000-8000-00000000a001'),
        ]);
        let settled = false;
        const second = two
          .query('select registry_apply_claims($1::jsonb)', [
            claim('530621', '00000000-0000-4000-8000-00000000b001'),
          ])
          .finally(() => (settled = true));
        second.catch(() => undefined);
        await new Promise((done) => setTimeout(done, 300));
        expect(settled).toBe(false); // waiting on the first transaction's claim
        await one.query('commit');
        await expect(second).rejects.toMatchObject({ code: '23505', constraint: 'person_one_active_hukou' });
        await two.query('rollback');
        expect(await claimOf(idNumber)).toEqual([
          { person_id: '00000000-0000-4000-8000-00000000a001', county_code: '530602' },
        ]);
      } finally {
        await one
          .query('delete from id_number_claim where id_number = $1', [idNumber])
          .catch(() => undefined);
        await Promise.all([one.end(), two.end()]);
      }
    },
  );
});
