// Reads spread over connections see one snapshot: a row committed after the export is invisible to every task,
// whichever connection runs it; a failing task fails the whole read.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInOneSnapshot } from '../../../src/app/statistics/one-snapshot.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../support/databases.ts';

describe.each(ENGINES)('one snapshot over several connections on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.dispose());

  const units = async (db: TestDatabase['db']) =>
    Number((await sql<{ n: string }>`select count(*) as n from division_unit`.execute(db)).rows[0]!.n);

  it('a unit added while the tasks run is seen by none of them', async () => {
    const db = database.db;
    const seen: number[] = [];
    let added!: () => void;
    const afterInsert = new Promise<void>((resolve) => (added = resolve));
    const workers = kind === 'postgres' ? 2 : 1;
    await runInOneSnapshot(database, [
      async (trx) => {
        seen.push(await units(trx));
        // PGlite has one connection, busy with this transaction: the other write would wait for it.
        if (workers > 1)
          await sql`insert into division_unit (code, name, urban_rural_code, county_code)
            values ('530602001099', '测试社区', '111', '530602')`.execute(db);
        added();
      },
      async (trx) => {
        await afterInsert;
        seen.push(await units(trx));
      },
    ]);
    expect(seen[0]).toBe(seen[1]);
    expect(await units(db)).toBe(seen[0]! + (workers > 1 ? 1 : 0));
  });

  it('a failing task fails the read', async () => {
    const boom = runInOneSnapshot(database, [
      async (trx) => void (await units(trx)),
      async () => {
        throw new Error('boom');
      },
      async (trx) => void (await units(trx)),
    ]);
    await expect(boom).rejects.toThrow('boom');
  });
});
