// A near-duplicate brought in by a registry event is flagged at once (the watch over registry events), a second
// registration of an active number is refused by the registry, and a person without hukou is taken in (应落未落). The
// check weighs a common name as the whole scan does, so it does not flag what the next scan would close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchRegistryEvents } from '../../../src/app/quality/check-new-persons.ts';
import { intakeUnregistered } from '../../../src/app/quality/unregistered.ts';
import { activeNameCounts } from '../../../src/db/repositories/quality/scan-reads.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { applyReform } from '../../../src/domain/policy/parameters.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { makeContext } from '../../support/deps.ts';
import { ENGINES } from '../../support/databases.ts';

describe.each(ENGINES)('quality on registry events and intake on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  const first = makeIdNumber('530602', '1990-09-09', 40);
  const head = (idNumber: string, name: string, detail: string) => ({
    kind: 'family',
    address: { divisionCode: '530602001003', detail },
    from: '本市',
    reason: '测试',
    head: {
      type: 'newcomer',
      person: { idNumber, name, sex: '2', birthDate: '1990-09-09', ethnicity: '01' },
    },
  });
  const post = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/registry/households', payload, headers: { cookie } });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    cookie = await t.login('clerk');
  });
  afterAll(async () => t?.close());

  it('flags a near-duplicate of a new registration at once, and never twice', async () => {
    expect((await post(head(first, '刘丽', '西街1号'))).statusCode).toBe(201);
    expect((await watchRegistryEvents(t.deps)).findings).toBe(0);
    const again = await post(head(first, '刘丽', '西街2号'));
    expect(again.statusCode).toBe(409);
    expect((await post(head(makeIdNumber('530602', '1990-09-09', 44), '牛丽', '西街3号'))).statusCode).toBe(
      201,
    );
    // The check weighs a common name as the scan does, from the active persons holding each name: were every name
    // common (held by more than 0 persons), this pair (0.917) would fall to 0.815 and nothing would be flagged.
    const db = t.deps.database.db;
    expect(await activeNameCounts(db, ['刘丽', '牛丽', '无此人'])).toEqual(
      new Map([
        ['刘丽', 1],
        ['牛丽', 1],
      ]),
    );
    const common = { values: [{ from: '2017-03-10', value: 0, reference: 'test' }] };
    const everyNameCommon = applyReform(t.deps.policy.parameters, {
      id: 'every-name-common',
      name: 'test',
      parameters: {
        'quality.duplicate.commonName.from': common,
        'quality.duplicate.commonName.full': common,
      },
    });
    expect((await watchRegistryEvents({ ...t.deps, policy: { parameters: everyNameCommon } })).findings).toBe(
      0,
    );
    await db.deleteFrom('quality_event_cursor').execute();
    const r = await watchRegistryEvents(t.deps);
    expect(r.findings).toBe(1);
    expect((await watchRegistryEvents(t.deps)).checked).toBe(0);
    const rows = await t.deps.database.db
      .selectFrom('quality_finding')
      .selectAll()
      .where('code', '=', 'probable-duplicate')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('takes in a person without hukou by category and prefills the settlement application (basis unregistered)', async () => {
    const ctx = makeContext();
    const r = await intakeUnregistered(t.deps, ctx, {
      category: 'unplanned-birth',
      name: '王小花',
      sex: '2',
      birthDate: '2012-05-01',
      divisionCode: '530602001003',
      address: '西街9号',
      destinationKind: 'central-city',
    });
    expect(r.clauses).toEqual(['T12']);
    expect(r.applicationDraft).toMatchObject({
      basis: 'unregistered',
      unregistered: { category: 'unplanned-birth' },
      applicant: { hukou: null },
    });
    expect(r.application).toBeNull();
    // With consent and an ID number the settlement application is filed at once, basis unregistered (T12).
    const idNumber = makeIdNumber('530602', '2012-05-01', 62);
    const filed = await intakeUnregistered(t.deps, ctx, {
      category: 'cross-border-marriage',
      name: '阮氏花',
      sex: '2',
      birthDate: '2012-05-01',
      idNumber,
      divisionCode: '530602001003',
      address: '西街11号',
      destinationKind: 'central-city',
      nationality: 'CN',
      consent: true,
    });
    expect(filed.application).toMatchObject({ number: expect.any(String) });
    const app = await t.deps.database.db
      .selectFrom('settlement_application')
      .select(['basis', 'number'])
      .where('id', '=', filed.application!.id)
      .executeTakeFirstOrThrow();
    expect(app).toEqual({ basis: 'unregistered', number: filed.application!.number });
    const intake = await t.deps.database.db
      .selectFrom('quality_unregistered')
      .select(['status', 'application_no'])
      .where('intake_id', '=', filed.intakeId)
      .executeTakeFirstOrThrow();
    expect(intake).toEqual({ status: 'application-filed', application_no: filed.application!.number });
    await expect(
      intakeUnregistered(t.deps, ctx, {
        category: 'lost',
        name: '',
        sex: '3',
        birthDate: 'x',
        divisionCode: '1',
        address: '',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
