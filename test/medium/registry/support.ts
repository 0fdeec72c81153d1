// A registry on a fresh test database: units of one town, and helpers that record changes through the use case.
import { recordChange } from '../../../src/app/registry/record-change.ts';
import type { AppDeps, RequestContext } from '../../../src/app/context.ts';
import type { TestEngine } from '../../support/databases.ts';
import { seedDemoUsers } from '../../../src/app/users/demo-users.ts';
import { findUserByUsername } from '../../../src/db/repositories/users.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { CommandName } from '../../../src/domain/registry/commands.ts';
import { createTestDatabase, type TestDatabase } from '../../support/databases.ts';
import { staffContext, testClock, testConfig, testPolicy, type TestClock } from '../../support/deps.ts';

export const TOWN = '530602001';
export const UNIT = `${TOWN}001`;

export interface RegistryFixture {
  database: TestDatabase;
  deps: AppDeps;
  clock: TestClock;
  ctx: RequestContext;
  change(name: CommandName, input: Record<string, unknown>): ReturnType<typeof recordChange>;
  household(
    n: number,
    members?: number,
  ): Promise<{ householdId: string; headId: string; memberIds: string[] }>;
  count(table: 'registry_event' | 'person' | 'household' | 'audit_log'): Promise<number>;
}

export function personInput(
  n: number,
  birthDate = `19${String(50 + (n % 40)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 9}`,
) {
  const seq = n % 1000;
  return {
    idNumber: makeIdNumber('530602', birthDate, seq),
    name: `测试${n}`,
    sex: seq % 2 ? '1' : '2',
    birthDate,
    ethnicity: '01',
  };
}

export async function createRegistryFixture(kind: TestEngine, poolSize = 10): Promise<RegistryFixture> {
  const database = await createTestDatabase(kind, { poolSize });
  await upsertDivisionUnits(database.db, generateUnits(TOWN));
  const clock = testClock('2018-03-01T08:00:00Z');
  const deps: AppDeps = {
    database,
    config: testConfig(),
    policy: testPolicy(),
    now: () => {
      clock.advance(1000);
      return clock.now();
    },
  };
  await seedDemoUsers(deps);
  const clerk = (await findUserByUsername(database.db, 'clerk'))!;
  const ctx = staffContext({ id: clerk.id, username: 'clerk', jurisdiction: clerk.jurisdiction });
  const change = (name: CommandName, input: Record<string, unknown>) =>
    recordChange(deps, ctx, name, { reason: '测试', ...input });
  return {
    database,
    deps,
    clock,
    ctx,
    change,
    async household(n, members = 0) {
      const r = await change('create-household', {
        kind: 'family',
        address: { divisionCode: UNIT, detail: `凤凰路${n}号` },
        from: '省外',
        head: { type: 'newcomer', person: personInput(n) },
      });
      const householdId = r.households[0]!.householdId;
      const headId = r.persons[0]!.personId;
      const memberIds: string[] = [];
      let version = r.households[0]!.version;
      for (let k = 1; k <= members; k++) {
        const m = await change('move-in', {
          householdId,
          version,
          relation: '20',
          from: '鲁甸县',
          arrival: { type: 'newcomer', person: personInput(n * 10 + k + 500) },
        });
        version = m.households[0]!.version;
        memberIds.push(m.persons[0]!.personId);
      }
      return { householdId, headId, memberIds };
    },
    async count(table) {
      const r = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
