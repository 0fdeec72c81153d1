// Issue #13 for the work queue (T12 under T13.2): a station clerk of 530602001 reads and works only on findings whose
// records lie in the station — another station's or county's finding answers as a nonexistent one — and a resolution
// acts only on the finding's own persons and households: naming anybody else answers exactly as naming a random id,
// writing no registry event and no audit row.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFinding } from '../../../src/app/quality/resolve-finding.ts';
import { storeFindings } from '../../../src/db/repositories/quality/findings.ts';
import { findUserByUsername } from '../../../src/db/repositories/users.ts';
import type { FindingCode } from '../../../src/domain/quality/codes.ts';
import { makeFinding } from '../../../src/domain/quality/finding.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import {
  PLACES,
  actorContext,
  householdVersion,
  personVersion,
  refusal,
  rowCounts,
  seedHousehold,
  seedUnits,
  type PlaceName,
  type Seeded,
} from '../registry/scope-support.ts';

type Action = 'merge' | 'correct' | 'upgrade' | 'record-death' | 'cancel-enlisted' | 'change-head';
const CODES: Record<Action, FindingCode> = {
  merge: 'duplicate-id-number',
  correct: 'missing-required',
  upgrade: 'legacy-15-digit',
  'record-death': 'deceased-not-cancelled',
  'cancel-enlisted': 'enlisted-not-cancelled',
  'change-head': 'household-without-head',
};
const NO_SUCH_FINDING = 987_654;

describe.each(ENGINES)('finding scopes on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof actorContext>;
  const seeded = {} as Record<PlaceName, Seeded>;
  /** Finding ids by place and action: each finding names the head and the member of that place's household. */
  const findings = {} as Record<PlaceName, Record<Action, number>>;
  const finding = async (id: number) =>
    await t.deps.database.db
      .selectFrom('quality_finding')
      .selectAll()
      .where('finding_id', '=', id)
      .executeTakeFirstOrThrow();

  /** The resolution body for an action, naming `person` (or `household` for change-head) as its target. */
  async function body(action: Action, findingId: number, s: Seeded, person: string, household: string) {
    const base = { action, version: (await finding(findingId)).version, reason: '辖区测试' };
    const pv = await personVersion(t.deps, s.headId);
    switch (action) {
      case 'merge':
        return { ...base, cancelPersonId: person, cancelPersonVersion: pv, keepPersonId: s.memberId };
      case 'correct':
        return { ...base, personId: person, personVersion: pv, field: 'occupation', after: '冒改' };
      case 'upgrade':
        return { ...base, personId: person, personVersion: pv };
      case 'record-death':
        return { ...base, personId: person, personVersion: pv, deathDate: '2021-01-01' };
      case 'cancel-enlisted':
        return { ...base, personId: person, personVersion: pv };
      case 'change-head':
        return {
          ...base,
          householdId: household,
          householdVersion: await householdVersion(t.deps, s.householdId),
          newHeadPersonId: s.memberId,
          formerHeadRelation: '97',
        };
    }
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedUnits(t.deps);
    clerk = actorContext(
      'station-clerk',
      '530602001',
      (await findUserByUsername(t.deps.database.db, 'clerk'))!.id,
    );
    const db = t.deps.database.db;
    for (const place of Object.keys(PLACES) as PlaceName[]) {
      const s = (seeded[place] = await seedHousehold(t.deps, PLACES[place]));
      const ids = await db
        .selectFrom('person')
        .select(['person_id', 'id_number'])
        .where('person_id', 'in', [s.headId, s.memberId])
        .execute();
      const head = ids.find((r) => r.person_id === s.headId)!.id_number;
      await storeFindings(
        db,
        null,
        (Object.entries(CODES) as Array<[Action, FindingCode]>).map(([action, code]) =>
          makeFinding(code, {
            idNumbers: [head],
            householdNos: [s.householdNo],
            countyCode: PLACES[place].slice(0, 6),
            detail: action === 'merge' ? { personIds: [s.headId, s.memberId] } : {},
          }),
        ),
        '2030-01-01',
        new Date(),
      );
      const rows = await db
        .selectFrom('quality_finding')
        .select(['finding_id', 'code'])
        .where(sql<boolean>`${s.householdNo} = any(household_nos)`)
        .execute();
      findings[place] = Object.fromEntries(
        (Object.entries(CODES) as Array<[Action, FindingCode]>).map(([a, code]) => [
          a,
          rows.find((r) => r.code === code)!.finding_id,
        ]),
      ) as Record<Action, number>;
    }
  });
  afterAll(async () => t?.close());

  for (const action of Object.keys(CODES) as Action[]) {
    it(`${action}: another station's or county's person on the clerk's own finding answers as a random id`, async () => {
      const own = seeded.own;
      for (const place of ['station', 'county'] as const) {
        const other = seeded[place];
        const missing = randomUUID();
        const before = await rowCounts(t.deps);
        const ids = [other.headId, other.householdId, missing];
        const id = findings.own[action];
        const outsideBody = await body(action, id, own, other.headId, other.householdId);
        const absentBody = await body(action, id, own, missing, missing);
        const out = await refusal(() => resolveFinding(t.deps, clerk, id, outsideBody), ids);
        const absent = await refusal(() => resolveFinding(t.deps, clerk, id, absentBody), ids);
        expect(out, `${action} ${place}`).toEqual(absent);
        expect(out.code).toBe('invalid-input');
        expect(await rowCounts(t.deps)).toEqual(before);
      }
    });

    it(`${action}: a finding of another station or county answers as a nonexistent finding`, async () => {
      for (const place of ['station', 'county'] as const) {
        const other = seeded[place];
        const before = await rowCounts(t.deps);
        const id = findings[place][action];
        const out = await refusal(
          async () =>
            resolveFinding(t.deps, clerk, id, await body(action, id, other, other.headId, other.householdId)),
          [],
        );
        const absent = await refusal(
          async () =>
            resolveFinding(
              t.deps,
              clerk,
              NO_SUCH_FINDING,
              await body(action, id, other, other.headId, other.householdId),
            ),
          [],
        );
        expect(out, `${action} ${place}`).toEqual(absent);
        expect(out.code).toBe('not-found');
        expect(await rowCounts(t.deps)).toEqual(before);
      }
    });
  }

  it("reads: the clerk sees the own station's findings only, the county officer the county's, the city officer all", async () => {
    const listed = async (user: string) => {
      const cookie = await t.login(user);
      const r = await t.app.inject({
        method: 'GET',
        url: '/api/v1/quality/findings?limit=200',
        headers: { cookie },
      });
      expect(r.statusCode, r.body).toBe(200);
      return new Set((r.json().items as Array<{ findingId: number }>).map((f) => f.findingId));
    };
    const of = (...places: PlaceName[]) => new Set(places.flatMap((p) => Object.values(findings[p])));
    expect(await listed('clerk')).toEqual(of('own'));
    expect(await listed('county')).toEqual(of('own', 'station'));
    expect(await listed('city')).toEqual(of('own', 'station', 'county'));

    const cookie = await t.login('clerk');
    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    for (const suffix of ['', '/households']) {
      const absent = await get(`/api/v1/quality/findings/${NO_SUCH_FINDING}${suffix}`);
      expect(absent.statusCode).toBe(404);
      for (const place of ['station', 'county'] as const) {
        const r = await get(`/api/v1/quality/findings/${findings[place].correct}${suffix}`);
        expect(r.statusCode).toBe(404);
        expect(r.body).toBe(absent.body);
      }
      expect((await get(`/api/v1/quality/findings/${findings.own.correct}${suffix}`)).statusCode).toBe(200);
    }
  });

  it("the clerk still resolves the own station's finding on its own person", async () => {
    const s = seeded.own;
    const id = findings.own.correct;
    const r = await resolveFinding(t.deps, clerk, id, await body('correct', id, s, s.headId, s.householdId));
    expect(r.status).toBe('resolved');
    expect(r.resolution.eventId).toBeTruthy();
  });
});
