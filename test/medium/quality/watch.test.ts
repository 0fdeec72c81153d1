// The server's quality watch: a registry change nudges it, and the near-duplicate it brought in is in the work
// queue within moments, with no scan and no CLI run (T12: "each new registry event is checked at once").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { startQualityWatch, type QualityWatch } from '../../../src/jobs/schedulers/quality-watch.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

const silent = { info: () => {}, error: (m: string) => console.error(m) };

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(ENGINES)('quality watch on %s', (kind) => {
  let t: TestApp;
  let watch: QualityWatch;
  let cookie: string;
  const household = (idNumber: string, name: string, detail: string) => ({
    kind: 'family',
    address: { divisionCode: '530602001003', detail },
    from: '本市',
    reason: '测试',
    head: {
      type: 'newcomer',
      person: { idNumber, name, sex: '1', birthDate: '1988-03-03', ethnicity: '01' },
    },
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    watch = startQualityWatch(t.deps, silent);
    t.deps.onRegistryChange = watch.nudge;
    cookie = await t.login('clerk');
  });
  afterAll(async () => {
    await watch?.stop();
    await t?.close();
  });

  it('flags the near-duplicate a registration brings in, without anyone running a scan', async () => {
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/registry/households', payload, headers: { cookie } });
    expect(
      (await post(household(makeIdNumber('530602', '1988-03-03', 51), '张伟', '东街1号'))).statusCode,
    ).toBe(201);
    expect(
      (await post(household(makeIdNumber('530602', '1988-03-03', 57), '张玮', '东街9号'))).statusCode,
    ).toBe(201);
    const findings = await eventually(
      () =>
        t.deps.database.db
          .selectFrom('quality_finding')
          .select(['code'])
          .where('code', '=', 'probable-duplicate')
          .execute(),
      (rows) => rows.length > 0,
    );
    expect(findings).toHaveLength(1);
  });
});
