// Demo mode's residence permits: seeded through the real use cases on a shifted clock, they show every kind of
// permit a station has (valid, due within the month, overdue and suspended, waiting to be issued), once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { seedDemoResidence } from '../../../src/app/residence/demo-residence.ts';
import { permitsDue } from '../../../src/app/residence/due-list.ts';
import { contextAsUser } from '../../../src/app/applications/queries.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

describe.each(ENGINES)('demo residence permits on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
  });
  afterAll(async () => t?.close());

  it('seeds valid, due, suspended and applied permits, and only once', async () => {
    await seedDemoResidence(t.deps);
    await seedDemoResidence(t.deps);
    const rows = await t.deps.database.db
      .selectFrom('residence_permit')
      .select(['status', 'holder_name'])
      .execute();
    expect(rows.map((r) => r.status).sort()).toEqual(['applied', 'suspended', 'valid', 'valid']);
    const due = await permitsDue(t.deps, await contextAsUser(t.deps, 'clerk', 'test'), {});
    expect(due.due.items.map((i) => i.name).sort()).toEqual(['王建国', '陈秀英']);
    expect(due.overdue.items.map((i) => i.name)).toEqual(['杨成']);
  });
});
