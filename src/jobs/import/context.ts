// What the file loaders of one import share: where rows go, the keys seen so far (households, active ID numbers,
// family addresses) and those of a register that already held rows, the rejects, the counts and the progress.
import { statSync } from 'node:fs';
import { csvField } from '../csv/writer.ts';
import type { NameKeys } from '../../domain/search/pinyin-keys.ts';
import { COUNTIES } from '../../domain/divisions/tree.ts';
import type { RowIssue } from '../../domain/exchange/validate.ts';
import type { BulkSink } from './sink.ts';
import { Column, KeySet, PresenceSet } from './keyset.ts';

export const COUNTY_LIST = [...COUNTIES.keys()];
export const COUNTY_INDEX = new Map(COUNTY_LIST.map((c, i) => [c, i]));

export const HAS_HEAD = 1;
export const FROM_DATABASE = 2;

export interface Reject {
  file: string;
  line: number;
  issues: RowIssue[];
  fields: string[];
}

export interface ImportCounts {
  divisions: number;
  households: number;
  persons: number;
  deaths: number;
  enlistments: number;
  rejected: number;
  flagged: number;
}

export interface ImportContext {
  /** In the parse worker, the main thread's sink seen through remote-sink.ts. */
  sink: BulkSink;
  batchId: string;
  /** The register held households before this import: references and conflicts must be looked up. */
  registerHadRows: boolean;
  ignoreExtra: boolean;
  units: Set<string>;
  households: KeySet;
  householdCounty: Column<Uint8Array>;
  householdCreated: Column<Int32Array>;
  householdFlags: Column<Uint8Array>;
  /** Entry number → household_id for households that were already in the database. */
  householdIdsFromDatabase: Map<number, string>;
  activeIds: PresenceSet;
  /**
   * ID numbers flagged duplicate-id-number by this load, for the exact re-check at the end (finish.ts): few in a
   * real register, so the re-check reads them by index instead of scanning the person table; null once the list
   * grew past DUPLICATE_LIST_MAX (then the re-check scans).
   */
  duplicateIds: string[] | null;
  familyAddresses: PresenceSet;
  counts: ImportCounts;
  reject(r: Reject): void;
  /** Rows (of all files) read so far, for progress. */
  onRows(rows: number, bytes: number): void;
}

/** A household or person id: the batch's random prefix and a sequence number (unique, cheap to make). */
export function sequentialUuid(prefix: string, n: number): string {
  return prefix + n.toString(16).padStart(12, '0');
}

/** uuid v4 text → its first 24 characters ("xxxxxxxx-xxxx-4xxx-yxxx-"), to which sequentialUuid appends 12 hex digits. */
export function uuidPrefix(uuid: string): string {
  return uuid.slice(0, 24);
}

/** COPY csv: a NOT NULL text column ("" stays an empty string). */
export function text(v: string): string {
  return v === '' ? '""' : csvField(v);
}

/** COPY csv: a nullable column (empty means NULL). */
export function nullable(v: string): string {
  return v === '' ? '' : csvField(v);
}

const pinyinCache = new Map<string, NameKeys>();

/**
 * A copy of a field that does not keep the file's text alive. The CSV reader's fields are slices of its chunk (about
 * 4 MB of text), and one slice kept to the end kept its whole chunk: ID numbers listed as duplicates were in nearly
 * every chunk of a 6.5-million-person file, and the import's peak memory was 2.6 GB. Anything kept past its batch
 * is kept as an own copy.
 */
export function ownCopy(field: string): string {
  return Buffer.from(field, 'utf8').toString('utf8');
}

/**
 * Pinyin keys of a name, cached: names repeat a great deal and pinyin-pro is the slowest step of an import. Loaded when
 * the persons file starts rather than with the worker: pinyin-pro is the worker's largest module (~50 ms to load), and
 * PGlite waits for the worker's first rows while the worker starts, whereas by the persons file the worker is ahead.
 */
export async function cachedNameKeys(): Promise<(name: string) => NameKeys> {
  const { nameKeys } = await import('../../domain/search/pinyin-keys.ts');
  return (name) => {
    let k = pinyinCache.get(name);
    if (!k) {
      k = nameKeys(name);
      if (pinyinCache.size >= 300_000) pinyinCache.clear();
      pinyinCache.set(ownCopy(name), k);
    }
    return k;
  };
}

export const DUPLICATE_LIST_MAX = 100_000;

export function newCounts(): ImportCounts {
  return { divisions: 0, households: 0, persons: 0, deaths: 0, enlistments: 0, rejected: 0, flagged: 0 };
}

export function newKeys() {
  return {
    households: new KeySet(1 << 16),
    householdCounty: Column.uint8(),
    householdCreated: Column.int32(),
    householdFlags: Column.uint8(),
    householdIdsFromDatabase: new Map<number, string>(),
    activeIds: new PresenceSet(1 << 16),
    duplicateIds: [] as string[] | null,
    familyAddresses: new PresenceSet(1 << 16),
  };
}

/** Every key a query returns, read in key order a page at a time: memory stays flat on a register of millions. */
async function forEachKey(ctx: ImportContext, select: string, each: (key: string) => void) {
  const page = 100_000;
  let last = '';
  for (;;) {
    const rows = await ctx.sink.query<{ key: string }>(select, [last, page]);
    for (const r of rows) each(r.key);
    if (rows.length < page) return;
    last = rows[rows.length - 1]!.key;
  }
}

/** Active ID numbers and family addresses already in the register, so this load flags what collides with them. */
export async function preloadKeys(ctx: ImportContext) {
  await forEachKey(
    ctx,
    "select id_number as key from person where status = 'active' and id_number > $1 order by id_number limit $2",
    (key) => ctx.activeIds.add(key),
  );
  await forEachKey(
    ctx,
    "select address_key as key from household where status = 'active' and kind = 'family' and address_key > $1 order by address_key limit $2",
    (key) => ctx.familyAddresses.add(key),
  );
}

/**
 * About how many rows a contract file holds, from its size and a typical row's bytes: enough to size the key sets
 * once (keyset.ts, reserve) instead of doubling them while the load's memory is at its peak. An estimate too low
 * only means a set grows later, as it would without one.
 */
export function expectedRows(path: string, typicalRowBytes: number): number {
  return Math.floor(statSync(path).size / typicalRowBytes);
}
