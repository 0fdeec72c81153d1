// The hash chains of the audit log and the registry events (issue 13), as pure functions. The database builds each
// chain in a BEFORE INSERT trigger (migration 0601); `hukou audit verify` recomputes it here from the rows' content,
// so the two definitions must agree byte for byte: a row's content is its fields in the order of CHAINS, each field
// 'N' when NULL, else 'V' + its length in UTF-8 bytes + ':' + the text; row_hash = sha256(prev_hash ||
// chain_seq as 8 big-endian bytes || content); the first row's prev_hash is 32 zero bytes.
import { createHash } from 'node:crypto';

export type ChainTable = 'audit_log' | 'registry_event';
/** How a field is rendered as text: `time` is UTC with microseconds (…T…Z), everything else is PostgreSQL's ::text. */
export type FieldKind = 'text' | 'time';

export interface ChainDefinition {
  /** The table's own key, named in reports. */
  key: string;
  fields: ReadonlyArray<{ name: string; kind: FieldKind }>;
}

const field = (name: string, kind: FieldKind = 'text') => ({ name, kind });

export const CHAINS: Readonly<Record<ChainTable, ChainDefinition>> = {
  audit_log: {
    key: 'id',
    fields: [
      field('id'),
      field('at', 'time'),
      field('actor_id'),
      field('actor_username'),
      field('actor_role'),
      field('action'),
      field('resource_type'),
      field('resource_id'),
      field('county_code'),
      field('request_id'),
      field('ip'),
      field('detail'),
      field('purpose'),
      field('person_ids'),
    ],
  },
  registry_event: {
    key: 'event_seq',
    fields: [
      field('event_seq'),
      field('event_id'),
      field('kind'),
      field('county_code'),
      field('at', 'time'),
      field('actor'),
      field('legal_basis'),
      field('reason'),
      field('person_ids'),
      field('household_ids'),
      field('body'),
    ],
  },
};

export const CHAIN_TABLES = Object.keys(CHAINS) as ChainTable[];

/** prev_hash of the first row of a chain. */
export const GENESIS_HASH = Buffer.alloc(32);

/** A row's canonical content as text (encoded as UTF-8 for hashing). */
export function canonicalContent(values: ReadonlyArray<string | null>): string {
  let out = '';
  for (const v of values) out += v === null ? 'N' : `V${Buffer.byteLength(v, 'utf8')}:${v}`;
  return out;
}

/** row_hash of a row at chain_seq `seq` whose predecessor's hash is `prev`. */
export function linkHash(prev: Uint8Array, seq: number, content: string): Buffer {
  const place = Buffer.alloc(8);
  place.writeBigInt64BE(BigInt(seq));
  return createHash('sha256').update(prev).update(place).update(content, 'utf8').digest();
}
