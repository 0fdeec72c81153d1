// Small readings of held rows without decoding them: whether a field may be blank, a hash of the household id, and
// the members of the households the gray pairs need (found by hash, confirmed by the decoded id).
import { fnv1a, type CandidateRow, type HouseholdMembers } from '../../domain/quality/index.ts';
import { COLUMN } from '../../db/repositories/quality/person-stream.ts';
import type { HeldRows } from './held-rows.ts';

/**
 * First bytes with which a field may be nothing but white space: ASCII space and controls, and the UTF-8 lead
 * bytes of the Unicode spaces String.prototype.trim removes (U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F,
 * U+205F, U+3000, U+FEFF). A field that starts with any other byte is not blank; the rest get the full check.
 */
const MAY_BE_SPACE = new Uint8Array(256);
for (const b of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xc2, 0xe1, 0xe2, 0xe3, 0xef]) MAY_BE_SPACE[b] = 1;

export function mayBeBlank(bytes: Uint8Array, start: number, end: number): boolean {
  return end <= start || MAY_BE_SPACE[bytes[start]!] === 1;
}

/** Decoded fields as bytes with bounds as fieldBounds gives them (null as empty): the rare escaped row's way in. */
export function unescaped(fields: ReadonlyArray<string | null>): [Buffer, Int32Array] {
  const parts = fields.map((f) => Buffer.from(f ?? '', 'utf8'));
  const bounds = new Int32Array(parts.length + 1);
  for (let c = 0, at = 0; c < parts.length; c++) {
    bounds[c] = at;
    at += parts[c]!.length + 1;
    bounds[c + 1] = at;
  }
  // Each field is followed by one separator byte, so bounds[c + 1] - 1 is its end, as in a row of COPY text.
  return [Buffer.concat(parts.flatMap((p) => [p, SEPARATOR])), bounds];
}
const SEPARATOR = Buffer.from('\t');

/** The hash of a household id's bytes (the register holds ids as ASCII UUIDs). */
export function householdHashOfBytes(bytes: Uint8Array, start: number, end: number): number {
  return fnv1a(bytes, start, end);
}

export function householdHash(id: string): number {
  const bytes = Buffer.from(id, 'utf8');
  return fnv1a(bytes, 0, bytes.length);
}

/**
 * The active members (person id, name) of the gray pairs' households, from the held rows: one look at each row's
 * hash, and the household id decoded only where the hash matches. (Read from the database instead, these were
 * some 190,000 households and 10 s at 6.5 million persons.)
 */
const FILTER_BITS = 1 << 23;

export function householdMembers(
  held: HeldRows,
  gray: ReadonlyArray<[CandidateRow, CandidateRow]>,
  householdOf: (row: number) => number,
  knownName: (row: number) => string | null,
): HouseholdMembers {
  const wanted = new Set<string>();
  for (const [a, b] of gray) for (const id of [a.householdNo, b.householdNo]) if (id) wanted.add(id);
  const members = new Map<string, Array<{ personId: string; name: string }>>();
  if (!wanted.size) return members;
  const hashes = new Set([...wanted].map(householdHash));
  // A bit per hash slot in front of the set: most rows are rejected by one look into 1 MB instead of a set lookup.
  const filter = new Uint8Array(FILTER_BITS >>> 3);
  for (const h of hashes) filter[(h & (FILTER_BITS - 1)) >>> 3]! |= 1 << (h & 7);
  for (let row = 0; row < held.count; row++) {
    const h = householdOf(row);
    if (!(filter[(h & (FILTER_BITS - 1)) >>> 3]! & (1 << (h & 7))) || !hashes.has(h)) continue;
    const id = held.field(row, COLUMN.household_id);
    if (!id || !wanted.has(id)) continue;
    const member = {
      personId: held.field(row, COLUMN.person_id)!,
      name: knownName(row) ?? held.field(row, COLUMN.name) ?? '',
    };
    const list = members.get(id);
    if (list) list.push(member);
    else members.set(id, [member]);
  }
  return members;
}
