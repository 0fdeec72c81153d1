// The on-registration check weighs a common name as the whole scan does: it reads how many active persons hold each
// name of its gray pairs, so a pair the scan would leave out (a common name with otherwise marginal evidence) is not
// flagged by the watch only to be closed by the next scan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchRegistryEvents } from '../../../src/app/quality/check-new-persons.ts';
import { activeNameCounts } from '../../../src/db/repositories/quality/scan-reads.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { applyReform } from '../../../src/domain/policy/parameters.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

describe.each(ENGINES)('the watch and common names on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  const household = (idNumber: string, name: string, detail: string) => ({
    kind: 'family',
    address: { divisionCode: '530602001003', detail },
    from: '本市',
    reason: '测试',
    head: {
      type: 'newcomer',
      person: { idNumber, name, sex: '2', birthDate: '1990-06-06', ethnicity: '01' },
    },
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    cookie = await t.login('clerk');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a dialect-alike pair is flagged under a rare name and not when every name counts as common', async () => {
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/registry/households', payload, headers: { cookie } });
    for (const [seq, name, detail] of [
      [62, '刘丽', '西街1号'],
      [68, '牛丽', '西街9号'],
    ] as const)
      expect(
        (await post(household(makeIdNumber('530602', '1990-06-06', seq), name, detail))).statusCode,
      ).toBe(201);
    expect(await activeNameCounts(t.deps.database.db, ['刘丽', '牛丽', '无此人'])).toEqual(
      new Map([
        ['刘丽', 1],
        ['牛丽', 1],
      ]),
    );
    // Every name common (held by more than 0 persons): 0.917 → 0.815, below the threshold.
    const common = {
      values: [{ from: '2017-03-10', value: 0, reference: 'test' }],
    };
    const everyNameCommon = applyReform(t.deps.policy.parameters, {
      id: 'every-name-common',
      name: 'test',
      parameters: {
        'quality.duplicate.commonName.from': common,
        'quality.duplicate.commonName.full': common,
      },
    });
    const db = t.deps.database.db;
    const probable = () =>
      db
        .selectFrom('quality_finding')
        .select('finding_key')
        .where('code', '=', 'probable-duplicate')
        .execute();
    await watchRegistryEvents({ ...t.deps, policy: { parameters: everyNameCommon } });
    expect(await probable()).toHaveLength(0);
    await db.deleteFrom('quality_event_cursor').execute();
    await watchRegistryEvents(t.deps);
    expect(await probable()).toHaveLength(1);
  });
});
