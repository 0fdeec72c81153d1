// Property (issue #13, T13.2): for any role × jurisdiction × registry command × target place, the real use case
// (recordChange) does what the written policy says — PERMISSIONS['registry.write'] and WRITE_TARGETS: allowed when the
// role writes and the jurisdiction covers every record the command names — and nothing else. Allowed: the event is
// written (with its audit row). Not allowed: the answer is the one for random nonexistent ids, and neither an event
// nor an audit row is written. Targets are drawn inside and outside the jurisdiction about equally often; both
// branches are counted and must each be reached in at least a fifth of the runs.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../src/app/context.ts';
import { hasPermission, type Role } from '../../../src/domain/access/roles.ts';
import { writeTargets } from '../../../src/domain/access/write-scope.ts';
import { COMMAND_SCHEMAS, parseCommand, type CommandName } from '../../../src/domain/registry/index.ts';
import { seedDemoUsers } from '../../../src/app/users/demo-users.ts';
import { findUserByUsername } from '../../../src/db/repositories/users.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../support/databases.ts';
import { testConfig, testPolicy } from '../../support/deps.ts';
import {
  OPERATOR,
  PLACES,
  actorContext,
  addMember,
  change,
  freshAddress,
  householdVersion,
  newcomer,
  personVersion,
  refusal,
  rowCounts,
  seedHousehold,
  seedUnits,
  withMissingIds,
  type Seeded,
} from './scope-support.ts';

const ACTORS: Array<[Role, string]> = [
  ['station-clerk', '530602001'],
  ['station-clerk', '530602002'],
  ['county-officer', '530602'],
  ['county-officer', '530621'],
  ['city-officer', '5306'],
  ['admin', '5306'],
];
const PLACE_LIST = Object.values(PLACES);
const COMMANDS = Object.keys(COMMAND_SCHEMAS) as CommandName[];

/** Per-run setup by the operator, then the command's input naming records of the household's place (fresh versions). */
async function inputFor(
  deps: AppDeps,
  name: CommandName,
  h: Seeded,
  place: string,
): Promise<Record<string, unknown>> {
  const hv = () => householdVersion(deps, h.householdId);
  const member = async () => {
    const personId = await addMember(deps, h.householdId);
    return { personId, version: await personVersion(deps, personId) };
  };
  switch (name) {
    case 'register-birth':
      return {
        householdId: h.householdId,
        version: await hv(),
        relation: '20',
        person: { name: '新生', sex: '2', birthDate: '2020-05-05', ethnicity: '01' },
      };
    case 'move-in':
      return {
        householdId: h.householdId,
        version: await hv(),
        relation: '97',
        from: '省外',
        arrival: { type: 'newcomer', person: newcomer(place) },
      };
    case 'record-death':
      return { ...(await member()), deathDate: '2021-01-01' };
    case 'move-out':
      return { ...(await member()), to: '省外' };
    case 'cancel-hukou':
      return { ...(await member()), cause: 'emigration' };
    case 'correct-item':
      return { ...(await member()), field: 'occupation', after: '工人' };
    case 'change-head': {
      const { personId } = await member();
      return {
        householdId: h.householdId,
        version: await hv(),
        newHeadPersonId: personId,
        formerHeadRelation: '97',
      };
    }
    case 'split-household': {
      const { personId } = await member();
      return {
        householdId: h.householdId,
        version: await hv(),
        address: freshAddress(place),
        members: [{ personId, relation: '02' }],
      };
    }
    case 'create-household': {
      const m = await member();
      await change(deps, OPERATOR, 'move-out', { ...m, to: '外地' });
      return {
        kind: 'family',
        address: freshAddress(place),
        from: '外地',
        head: { type: 'existing', personId: m.personId, version: await personVersion(deps, m.personId) },
      };
    }
  }
}

/** Where a named record lies: a household's unit, or a person's household's unit. */
async function placeOf(deps: AppDeps, kind: 'person' | 'household', id: string): Promise<string> {
  const db = deps.database.db;
  const householdId =
    kind === 'household'
      ? id
      : (
          await db
            .selectFrom('person')
            .select('household_id')
            .where('person_id', '=', id)
            .executeTakeFirstOrThrow()
        ).household_id!;
  return (
    await db
      .selectFrom('household')
      .select('division_code')
      .where('household_id', '=', householdId)
      .executeTakeFirstOrThrow()
  ).division_code;
}

describe.each(ENGINES)('write scopes as a property on %s', (kind) => {
  let database: TestDatabase;
  let deps: AppDeps;
  const households = new Map<string, Seeded>();
  let userId = 0; // audit rows name a real user; the role and jurisdiction under test are the context's
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    deps = { database, config: testConfig(), now: () => new Date(), policy: testPolicy() };
    await seedUnits(deps);
    await seedDemoUsers(deps);
    userId = (await findUserByUsername(database.db, 'clerk'))!.id;
    for (const place of PLACE_LIST) households.set(place, await seedHousehold(deps, place));
  });
  afterAll(async () => database?.dispose());

  it('every command writes exactly when the policy table allows it, and otherwise answers as for a missing id', async () => {
    const branches = { allowed: 0, refused: 0 };
    const run = fc.record({
      actor: fc.constantFrom(...ACTORS),
      inside: fc.boolean(),
      pick: fc.nat(),
      name: fc.constantFrom(...COMMANDS),
    });
    await fc.assert(
      fc.asyncProperty(run, async ({ actor: [role, jurisdiction], inside, pick, name }) => {
        const matching = PLACE_LIST.filter((p) => p.startsWith(jurisdiction) === inside);
        const choices = matching.length ? matching : PLACE_LIST;
        const place = choices[pick % choices.length]!;
        const input = await inputFor(deps, name, households.get(place)!, place);
        const named = writeTargets(parseCommand(name, { reason: '性质测试', ...input }));
        const targets = [
          ...named.household.map((id) => ['household', id] as const),
          ...named.person.map((id) => ['person', id] as const),
        ];
        const places = await Promise.all(targets.map(([k, id]) => placeOf(deps, k, id)));
        const allowed =
          hasPermission(role, 'registry.write') && places.every((p) => p.startsWith(jurisdiction));
        const ctx = actorContext(role, jurisdiction, userId);
        const before = await rowCounts(deps);
        if (allowed) {
          branches.allowed += 1;
          const r = await change(deps, ctx, name, input);
          const row = await deps.database.db
            .selectFrom('registry_event')
            .select('event_id')
            .where('event_id', '=', r.event.eventId)
            .executeTakeFirst();
          expect(row, name).toBeDefined();
          expect(await rowCounts(deps)).toEqual({ events: before.events + 1, audit: before.audit + 1 });
          return;
        }
        branches.refused += 1;
        const ids = targets.map(([, id]) => id);
        const { input: missingInput, missing } = withMissingIds(input, ids);
        const outside = await refusal(() => change(deps, ctx, name, input), [...ids, ...missing]);
        const absent = await refusal(() => change(deps, ctx, name, missingInput), [...ids, ...missing]);
        expect(outside, `${role} ${jurisdiction} ${name} ${place}`).toEqual(absent);
        expect(outside.code).toBe(hasPermission(role, 'registry.write') ? 'not-found' : 'forbidden');
        expect(await rowCounts(deps)).toEqual(before);
      }),
      { numRuns: 150 },
    );
    const total = branches.allowed + branches.refused;
    expect(branches.allowed / total, JSON.stringify(branches)).toBeGreaterThanOrEqual(0.2);
    expect(branches.refused / total, JSON.stringify(branches)).toBeGreaterThanOrEqual(0.2);
  }, 120_000);
});
