// Issue #13: a station clerk of 凤凰街道 (530602001) acting, with every registry command, on a record of another station
// (530602002) or another county (530621) gets exactly the answer for a nonexistent id — also with a stale version,
// never 409 — and nothing is written: no registry event, no audit row. Over HTTP the corrections endpoint answers
// the same status and body as for a random uuid.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandName } from '../../../src/domain/registry/commands.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import {
  CLERK,
  PLACES,
  change,
  expectAnsweredAsMissing,
  freshAddress,
  householdVersion,
  newcomer,
  personVersion,
  rowCounts,
  seedHousehold,
  seedUnits,
  type Seeded,
} from './scope-support.ts';

type Case = { input: (s: Seeded) => Promise<Record<string, unknown>>; targets: (s: Seeded) => string[] };

/** One input per command, naming the seeded records of a place; its targets are the ids to replace for "missing". */
const CASES: Record<CommandName, Case> = {
  'register-birth': {
    input: async (s) => ({
      householdId: s.householdId,
      version: await householdVersion(deps(), s.householdId),
      relation: '20',
      person: { name: '新生', sex: '1', birthDate: '2020-05-05', ethnicity: '01' },
    }),
    targets: (s) => [s.householdId],
  },
  'record-death': {
    input: async (s) => ({
      personId: s.memberId,
      version: await personVersion(deps(), s.memberId),
      deathDate: '2021-01-01',
    }),
    targets: (s) => [s.memberId],
  },
  'move-in': {
    input: async (s) => ({
      householdId: s.householdId,
      version: await householdVersion(deps(), s.householdId),
      relation: '97',
      from: '省外',
      arrival: { type: 'newcomer', person: newcomer(PLACES.own) },
    }),
    targets: (s) => [s.householdId],
  },
  'move-out': {
    input: async (s) => ({
      personId: s.memberId,
      version: await personVersion(deps(), s.memberId),
      to: '省外',
    }),
    targets: (s) => [s.memberId],
  },
  'create-household': {
    input: async (s) => ({
      kind: 'family',
      address: freshAddress(PLACES.own),
      from: '外地',
      head: { type: 'existing', personId: s.movedOutId, version: await personVersion(deps(), s.movedOutId) },
    }),
    targets: (s) => [s.movedOutId],
  },
  'split-household': {
    input: async (s) => ({
      householdId: s.householdId,
      version: await householdVersion(deps(), s.householdId),
      address: freshAddress(PLACES.own),
      members: [{ personId: s.memberId, relation: '02' }],
    }),
    targets: (s) => [s.householdId, s.memberId],
  },
  'change-head': {
    input: async (s) => ({
      householdId: s.householdId,
      version: await householdVersion(deps(), s.householdId),
      newHeadPersonId: s.memberId,
      formerHeadRelation: '97',
    }),
    targets: (s) => [s.householdId, s.memberId],
  },
  'correct-item': {
    input: async (s) => ({
      personId: s.headId,
      version: await personVersion(deps(), s.headId),
      field: 'name',
      after: '改名',
    }),
    targets: (s) => [s.headId],
  },
  'cancel-hukou': {
    input: async (s) => ({
      personId: s.memberId,
      version: await personVersion(deps(), s.memberId),
      cause: 'emigration',
    }),
    targets: (s) => [s.memberId],
  },
};

let t: TestApp;
const deps = () => t.deps;

describe.each(ENGINES)('write scopes of the registry commands on %s', (kind) => {
  const seeded = {} as Record<'own' | 'station' | 'county', Seeded>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedUnits(t.deps);
    for (const place of ['own', 'station', 'county'] as const)
      seeded[place] = await seedHousehold(t.deps, PLACES[place]);
  });
  afterAll(async () => t?.close());

  for (const name of Object.keys(CASES) as CommandName[]) {
    it(`${name}: another station's and another county's records answer as missing ids`, async () => {
      for (const place of ['station', 'county'] as const) {
        const s = seeded[place];
        const answer = await expectAnsweredAsMissing(
          t.deps,
          CLERK,
          name,
          await CASES[name].input(s),
          CASES[name].targets(s),
        );
        expect(answer.code, `${name} ${place}`).toBe('not-found');
      }
    });
  }

  it('a stale version on an out-of-scope person still answers as missing, never 409', async () => {
    for (const place of ['station', 'county'] as const) {
      const s = seeded[place];
      const input = {
        personId: s.headId,
        version: (await personVersion(t.deps, s.headId)) + 7,
        field: 'occupation',
        after: '探测',
      };
      const answer = await expectAnsweredAsMissing(t.deps, CLERK, 'correct-item', input, [s.headId]);
      expect(answer.code).toBe('not-found');
    }
  });

  it('the clerk still changes a record of the own station (the allowed branch is reachable)', async () => {
    const s = seeded.own;
    const before = await rowCounts(t.deps);
    const r = await change(t.deps, CLERK, 'correct-item', {
      personId: s.headId,
      version: await personVersion(t.deps, s.headId),
      field: 'occupation',
      after: '教师',
    });
    expect(r.persons[0]!.occupation).toBe('教师');
    expect(await rowCounts(t.deps)).toEqual({ events: before.events + 1, audit: before.audit + 1 });
  });

  it("HTTP: a correction of another county's person answers the status and body of a random uuid", async () => {
    const cookie = await t.login('clerk');
    const before = await rowCounts(t.deps);
    const post = (personId: string, version: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/registry/corrections',
        headers: { cookie },
        payload: { personId, version, field: 'name', after: '张冒名', reason: '审查复现' },
      });
    for (const place of ['station', 'county'] as const) {
      const s = seeded[place];
      const missing = randomUUID();
      const outside = await post(s.headId, await personVersion(t.deps, s.headId));
      const absent = await post(missing, 1);
      expect(outside.statusCode, outside.body).toBe(404);
      expect(outside.statusCode).toBe(absent.statusCode);
      expect(outside.body.replaceAll(s.headId, '<id>')).toBe(absent.body.replaceAll(missing, '<id>'));
      const stale = await post(s.headId, 99);
      expect(stale.statusCode).toBe(404);
      expect(stale.body.replaceAll(s.headId, '<id>')).toBe(absent.body.replaceAll(missing, '<id>'));
    }
    expect(await rowCounts(t.deps)).toEqual(before);
  });
});
