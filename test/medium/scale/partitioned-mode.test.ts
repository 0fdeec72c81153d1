// HUKOU_PARTITIONED (issue 20): the migrations build the county-keyed tables hash-partitioned on a fresh PostgreSQL
// database, every unique index of theirs contains the county code (the rule Citus imposes too), and the mode chosen
// at a database's first migration is the one every later run keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '../../../src/db/connection.ts';
import { currentSchemaMode, migrate, requestedSchemaMode } from '../../../src/db/migrate.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../support/databases.ts';

const COUNTY_TABLES = [
  'household',
  'person',
  'household_history',
  'person_history',
  'membership',
  'registry_event',
  'settlement_application',
  'settlement_application_event',
  'settlement_evaluation',
  'application_attachment',
  'move_permit',
  'quality_finding',
  'audit_log',
];

describe('the schema mode asked for', () => {
  it('reads HUKOU_PARTITIONED as 1, 0 or nothing', () => {
    expect(requestedSchemaMode({ HUKOU_PARTITIONED: '1' })).toBe('partitioned');
    expect(requestedSchemaMode({ HUKOU_PARTITIONED: '0' })).toBe('plain');
    expect(requestedSchemaMode({})).toBeNull();
    expect(() => requestedSchemaMode({ HUKOU_PARTITIONED: 'yes' })).toThrow(/1 or 0/);
  });

  it('is refused on PGlite, before anything is created', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      await expect(migrate(database, undefined, 'partitioned')).rejects.toThrow(/PostgreSQL/);
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(database.db);
      expect(r.rows[0]!.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 180_000);
});

describe.each(ENGINES.filter((e) => e !== 'pglite'))('schema mode on %s', (kind) => {
  let database: TestDatabase;
  const partitioned = kind === 'postgres-partitioned';
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => database?.dispose());

  it('records the mode it was built in, and refuses the other one afterwards', async () => {
    expect(await currentSchemaMode(database)).toBe(partitioned ? 'partitioned' : 'plain');
    const other = partitioned ? 'plain' : 'partitioned';
    await expect(migrate(database, undefined, other)).rejects.toThrow(
      partitioned ? /schema is partitioned/ : /schema is plain/,
    );
    // Nothing asked: the recorded mode is followed, and nothing is pending.
    expect(await migrate(database, undefined, null)).toEqual([]);
  });

  it.runIf(!partitioned)(
    'takes a database migrated before modes were recorded as plain, never partitioned',
    async () => {
      await database.asOwner((owner) => sql`delete from schema_mode`.execute(owner.db));
      await expect(migrate(database, undefined, 'partitioned')).rejects.toThrow(/fresh database/);
      expect(await migrate(database, undefined, null)).toEqual([]);
      expect(await currentSchemaMode(database)).toBe('plain');
    },
  );

  it('partitions the county tables by county code (and the claims by ID number) only when partitioned', async () => {
    const r = await sql<{ name: string; key: string; parts: number }>`
      select c.relname as name, a.attname as key,
        (select count(*)::int from pg_inherits i where i.inhparent = c.oid) as parts
      from pg_partitioned_table t
      join pg_class c on c.oid = t.partrelid
      join pg_attribute a on a.attrelid = t.partrelid and a.attnum = t.partattrs[0]
      where t.partstrat = 'h'`.execute(database.db);
    if (!partitioned) {
      expect(r.rows).toEqual([]);
      return;
    }
    const byName = new Map(r.rows.map((row) => [row.name, row]));
    for (const table of COUNTY_TABLES) expect(byName.get(table)).toMatchObject({ key: 'county_code' });
    expect(byName.get('id_number_claim')).toMatchObject({ key: 'id_number' });
    for (const row of r.rows) expect(row.parts).toBeGreaterThanOrEqual(4);
  });

  it.runIf(partitioned)('has the partition key in every unique index of a partitioned table', async () => {
    const r = await sql<{ index: string }>`
      select ic.relname as index
      from pg_partitioned_table t
      join pg_index x on x.indrelid = t.partrelid and x.indisunique
      join pg_class ic on ic.oid = x.indexrelid
      where not (t.partattrs[0] = any(x.indkey::int2[]))`.execute(database.db);
    expect(r.rows).toEqual([]);
    const keys = await sql<{ n: number }>`
      select count(*)::int as n from pg_partitioned_table t join pg_index x on x.indrelid = t.partrelid and x.indisunique`.execute(
      database.db,
    );
    expect(keys.rows[0]!.n).toBeGreaterThan(COUNTY_TABLES.length);
  });
});
