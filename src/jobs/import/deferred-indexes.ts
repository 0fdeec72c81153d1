// Secondary indexes of the loaded tables built after an initial load rather than row by row (migration 0301).
// Only non-unique indexes are deferred: the primary keys and the unique indexes of register invariants (one active
// hukou per ID number, one head per household, one family household per address, one open membership per person)
// stay and are checked row by row throughout.
import type { Database } from '../../db/connection.ts';
import { acquireImportLock } from './batch.ts';
import { openSink, type BulkSink } from './sink.ts';

/**
 * The tables an initial load fills, in the order their indexes are rebuilt (the person table's are the largest). Their
 * non-unique indexes, maintained row by row, were most of PGlite's share of a load (the person table's first;
 * household_county_division, household_family_address and membership_household cost ~0.25 s more of a 100k load than
 * building them at the end); the claims' index by person was 1 M random inserts.
 */
export const LOADED_TABLES = ['person', 'household', 'membership', 'id_number_claim'] as const;

/** The definitions of the loaded tables' droppable indexes (non-unique, backing no constraint). */
async function secondaryIndexes(sink: BulkSink): Promise<Array<{ name: string; definition: string }>> {
  return sink.query(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = any($1::text[]::regclass[]) and not i.indisunique and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by c.relname`,
    [LOADED_TABLES],
  );
}

/**
 * Drop the secondary indexes and record them in the batch, in one transaction: no moment exists in which an
 * index is gone and the batch does not say so.
 */
export async function deferIndexes(sink: BulkSink, batchId: string): Promise<number> {
  const indexes = await secondaryIndexes(sink);
  if (indexes.length === 0) return 0;
  await sink.bulkTransaction([
    [
      'update import_batch set deferred_indexes = $2 where batch_id = $1',
      [batchId, JSON.stringify(indexes.map((i) => i.definition))],
    ],
    ...indexes.map((i): [string, unknown[]] => [`drop index if exists ${i.name}`, []]),
  ]);
  return indexes.length;
}

/**
 * The recorded definition, made safe to run again. A partitioned table's index is defined `ON ONLY` the parent
 * (pg_get_indexdef): run as it is, it builds an empty index marked invalid and none on the partitions — every read
 * by it then scanned all the rows (lookups by ID number at 6.5 M: under 1 a second). Without ONLY it is built on
 * every partition and valid.
 */
const ifNotExists = (definition: string) =>
  definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS ').replace(/ ON ONLY /, ' ON ');

/** A batch's record of what it dropped, as stored (jsonb: PGlite hands it over parsed, pg as text), ready to run. */
const runnable = (recorded: string[] | string | null): string[] =>
  (typeof recorded === 'string' ? (JSON.parse(recorded) as string[]) : (recorded ?? [])).map(ifNotExists);

/** The definitions a batch recorded as dropped, each ready to run (see ifNotExists), or [] if it dropped none. */
export async function deferredDefinitions(sink: BulkSink, batchId: string): Promise<string[]> {
  const [row] = await sink.query<{ deferred_indexes: string[] | string | null }>(
    'select deferred_indexes from import_batch where batch_id = $1',
    [batchId],
  );
  return runnable(row?.deferred_indexes ?? null);
}

/** The table a recorded definition indexes (`CREATE INDEX … ON [ONLY] public.person USING …`). */
export const indexedTable = (definition: string) =>
  /\sON\s+(?:ONLY\s+)?(?:\w+\.)?(\w+)\s/.exec(definition)?.[1] ?? '';

/** Recreate the indexes every batch recorded as dropped, and clear each record in the transaction that builds them. */
export async function restoreIndexes(sink: BulkSink): Promise<number> {
  const rows = await sink.query<{ batch_id: string; deferred_indexes: string[] | string }>(
    'select batch_id, deferred_indexes from import_batch where deferred_indexes is not null',
  );
  for (const r of rows) {
    await sink.bulkTransaction([
      ...runnable(r.deferred_indexes).map((d): [string, unknown[]] => [d, []]),
      ['update import_batch set deferred_indexes = null where batch_id = $1', [r.batch_id]],
    ]);
  }
  return rows.length;
}

/** At start (server, CLI): indexes a killed import left dropped are rebuilt before anything reads the register. */
export async function restoreDeferredIndexes(database: Database): Promise<void> {
  await database.asOwner(restoreAsOwner);
}

async function restoreAsOwner(database: Database): Promise<void> {
  const sink = await openSink(database);
  try {
    const [pending] = await sink.query<{ any: boolean }>(
      'select exists (select 1 from import_batch where deferred_indexes is not null) as any',
    );
    if (!pending?.any) return;
    // A running import (another process, PostgreSQL) holds the lock and restores its own indexes when it ends.
    const release = await acquireImportLock(sink).catch(() => null);
    if (!release) return;
    try {
      await restoreIndexes(sink);
    } finally {
      await release();
    }
  } finally {
    await sink.release();
  }
}
