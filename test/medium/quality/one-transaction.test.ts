// Every change of the quality module in one transaction (#14): the last step of a finding's resolution, of the
// unregistered intake and of a feed is made to fail, and nothing of the change is found afterwards — no registry
// event, no person change, no finding change, no application, no audit row. Two concurrent resolutions of one finding
// leave exactly one registry change; the other is told the finding changed meanwhile (409), never a 500.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveFeed } from '../../../src/app/quality/feeds.ts';
import { resolveFinding } from '../../../src/app/quality/resolve-finding.ts';
import { intakeUnregistered } from '../../../src/app/quality/unregistered.ts';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import { storeFindings, updateFinding } from '../../../src/db/repositories/quality/findings.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { AppDeps, RequestContext } from '../../../src/app/context.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES, type TestDatabase } from '../../support/databases.ts';
import { operatorContext, staffContext } from '../../support/deps.ts';
import { failAuditWrites, INJECTED } from '../../support/faults.ts';

const TABLES = [
  'registry_event',
  'audit_log',
  'membership',
  'quality_pair_decision',
  'quality_unregistered',
  'quality_feed_record',
  'settlement_application',
  'settlement_application_event',
] as const;

describe.each(ENGINES)('quality changes in one transaction on %s', (kind) => {
  let t: TestApp;
  let database: TestDatabase;
  let deps: AppDeps;
  let clerk: RequestContext;
  const operator = operatorContext('seed');
  let persons: Array<{ personId: string; version: number; idNumber: string }> = [];

  /** Everything a change could have written: row counts, and the persons and findings as they stand. */
  async function snapshot() {
    const { db } = database;
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
      counts[table] = r.rows[0]!.n;
    }
    const people = await db.selectFrom('person').selectAll().orderBy('person_id').execute();
    const findings = await db.selectFrom('quality_finding').selectAll().orderBy('finding_id').execute();
    return { counts, people, findings };
  }

  async function duplicateFinding(seq: number) {
    const make = (n: number, name: string, detail: string) =>
      recordChange(deps, operator, 'create-household', {
        kind: 'family',
        address: { divisionCode: '530602001001', detail },
        from: '本市',
        reason: '测试',
        head: {
          type: 'newcomer',
          person: {
            idNumber: makeIdNumber('530602', '1975-01-01', n),
            name,
            sex: '1',
            birthDate: '1975-01-01',
            ethnicity: '01',
          },
        },
      });
    const a = (await make(seq, '张伟', `凤凰路${seq}号`)).persons[0]!;
    const b = (await make(seq + 2, '張偉', `凤凰路${seq + 2}号`)).persons[0]!;
    persons = [a, b].map((p) => ({ personId: p.personId, version: p.version, idNumber: p.idNumber }));
    const households = await database.db.selectFrom('household').select('household_no').execute();
    await storeFindings(
      database.db,
      null,
      [
        {
          code: 'probable-duplicate',
          countyCode: '530602',
          idNumbers: [a.idNumber, b.idNumber].sort(),
          householdNos: households.map((h) => h.household_no).slice(-2),
          detail: { personIds: [a.personId, b.personId] },
          clauses: ['T12'],
        },
      ],
      '2017-07-01',
      new Date(),
    );
    return database.db
      .selectFrom('quality_finding')
      .selectAll()
      .orderBy('finding_id', 'desc')
      .executeTakeFirstOrThrow();
  }

  const merge = (cancel: number, keep: number, version: number) => ({
    action: 'merge',
    version,
    cancelPersonId: persons[cancel]!.personId,
    cancelPersonVersion: persons[cancel]!.version,
    keepPersonId: persons[keep]!.personId,
    reason: '同一人重复登记',
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ deps, database } = t);
    await upsertDivisionUnits(database.db, generateUnits('530602001'));
    // The demo station clerk (530602001), by the id the audit rows refer to.
    const user = await database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'clerk')
      .executeTakeFirstOrThrow();
    clerk = staffContext({ id: user.id });
  });
  afterAll(async () => t?.close());

  it('a resolution whose audit row fails leaves the register, the finding and the log as they were', async () => {
    const finding = await duplicateFinding(11);
    const before = await snapshot();
    const remove = await failAuditWrites(database, 'quality.merge');
    try {
      await expect(
        resolveFinding(deps, clerk, finding.finding_id, merge(1, 0, finding.version)),
      ).rejects.toMatchObject({
        code: INJECTED,
      });
    } finally {
      await remove();
    }
    expect(await snapshot()).toEqual(before);
    // Without the fault the same resolution goes through: the test failed the last step, not an earlier one.
    const done = await resolveFinding(deps, clerk, finding.finding_id, merge(1, 0, finding.version));
    expect(done.status).toBe('resolved');
  });

  it('a stale finding version writes nothing, though the registry change itself would be valid', async () => {
    const finding = await duplicateFinding(21);
    expect(
      await updateFinding(database.db, finding.finding_id, finding.version, { status: 'in-progress' }),
    ).toBe(true);
    const before = await snapshot();
    await expect(
      resolveFinding(deps, clerk, finding.finding_id, merge(1, 0, finding.version)),
    ).rejects.toMatchObject({
      code: 'stale-version',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('two concurrent resolutions of one finding leave exactly one registry change; the other gets a 409 error', async () => {
    const finding = await duplicateFinding(31);
    const before = await snapshot();
    const outcomes = await Promise.allSettled([
      resolveFinding(deps, clerk, finding.finding_id, merge(1, 0, finding.version)),
      resolveFinding(
        deps,
        { ...clerk, requestId: 'other' },
        finding.finding_id,
        merge(0, 1, finding.version),
      ),
    ]);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const error = (refused[0] as PromiseRejectedResult).reason;
    expect(isDomainError(error) && ['stale-version', 'conflict'].includes(error.code)).toBe(true);
    const after = await snapshot();
    expect(after.counts.registry_event).toBe(before.counts.registry_event! + 1);
    const cancelled = after.people.filter(
      (p) => persons.some((q) => q.personId === p.person_id) && p.status !== 'active',
    );
    expect(cancelled).toHaveLength(1);
  });

  it('over HTTP the two concurrent resolutions answer 200 and 409, never a 500', async () => {
    const finding = await duplicateFinding(41);
    const cookie = await t.login('clerk');
    const post = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/quality/findings/${finding.finding_id}/resolution`,
        headers: { cookie },
        payload,
      });
    const answers = await Promise.all([
      post(merge(1, 0, finding.version)),
      post(merge(0, 1, finding.version)),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });

  it('an unregistered intake whose audit row fails files no application and stores no intake', async () => {
    const before = await snapshot();
    const remove = await failAuditWrites(database, 'quality.unregistered');
    try {
      await expect(
        intakeUnregistered(deps, clerk, {
          category: 'cross-border-marriage',
          name: '阮氏花',
          sex: '2',
          birthDate: '2012-05-01',
          idNumber: makeIdNumber('530602', '2012-05-01', 62),
          divisionCode: '530602001003',
          address: '西街11号',
          destinationKind: 'central-city',
          nationality: 'CN',
          consent: true,
        }),
      ).rejects.toMatchObject({ code: INJECTED });
    } finally {
      await remove();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a feed whose audit row fails stores no record and raises no finding', async () => {
    const before = await snapshot();
    const remove = await failAuditWrites(database, 'quality.feed.deaths');
    try {
      const records = [{ idNumber: persons[0]!.idNumber, name: '张伟', date: '2022-01-01' }];
      await expect(receiveFeed(deps, operator, 'deaths', { records })).rejects.toMatchObject({
        code: INJECTED,
      });
    } finally {
      await remove();
    }
    expect(await snapshot()).toEqual(before);
  });
});
