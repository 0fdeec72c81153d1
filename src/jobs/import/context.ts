// What the file loaders of one import share: where rows go, the keys seen so far (households, active ID numbers,
// family addresses), the rejects, the counts and the progress.
import { csvField } from '../csv/writer.ts';
import { nameKeys, type NameKeys } from '../../domain/search/pinyin-keys.ts';
import { COUNTIES } from '../../domain/divisions/tree.ts';
import type { RowIssue } from '../../domain/exchange/validate.ts';
import type { Database } from '../../db/connection.ts';
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
  database: Database;
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

/** Pinyin keys of a name, cached: names repeat a great deal and pinyin-pro is the slowest step of an import. */
export function cachedNameKeys(name: string): NameKeys {
  let k = pinyinCache.get(name);
  if (!k) {
    k = nameKeys(name);
    if (pinyinCache.size >= 300_000) pinyinCache.clear();
    pinyinCache.set(name, k);
  }
  return k;
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
