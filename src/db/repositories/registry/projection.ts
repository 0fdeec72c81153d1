// Write one accepted event and the projection it produces: the rows the event touched go from the slice's state to
// the next state (apply's result), each guarded by the version the slice read, so a concurrent change makes this
// one fail with 'stale-version' and write nothing. Everything — projection, memberships, event and audit row — goes
// to the database as one document in ONE statement (registry_apply, migration 0101): one round trip per change,
// atomic on its own or inside the caller's transaction.
import { sql, type Transaction } from 'kysely';
import { DomainError } from '../../../domain/errors.ts';
import { eventSubjects, type RegistryEvent } from '../../../domain/registry/events.ts';
import type { Person, RegistryState } from '../../../domain/registry/model.ts';
import type { DB } from '../../schema.ts';
import { auditRow, type AuditEntry } from '../audit.ts';
import { eventBody, householdToRow, personToRow } from './rows.ts';
import { HEAD_RELATION } from '../../../domain/codes/relationships.ts';
import { CITY_COUNTY_CODE } from '../../../domain/divisions/city.ts';

/** SQLSTATE raised by registry_apply when a row's version is no longer the one the slice read. */
const STALE = 'HK409';

function stale(what: string): DomainError {
  const message = `${what} 已被他人同时修改，请刷新后重试`;
  return new DomainError('stale-version', message, [{ path: 'version', message }]);
}

/** Changes that give up a unique key (an active hukou, the head's place) go before those that may claim one. */
function releases(before: Person, after: Person): boolean {
  return (
    (before.status === 'active' && after.status !== 'active') ||
    (before.relation === HEAD_RELATION && after.relation !== HEAD_RELATION) ||
    before.idNumber !== after.idNumber
  );
}

/** A row to write: inserted when expected is null, else updated only at that version (label names it if stale). */
interface RowWrite {
  row: Record<string, unknown>;
  expected: number | null;
  label: string;
}

function householdWrites(before: RegistryState, next: RegistryState): RowWrite[] {
  return [...next.households.values()]
    .filter((h) => before.households.get(h.householdId)?.version !== h.version)
    .map((h) => ({
      row: householdToRow(h),
      expected: before.households.get(h.householdId)?.version ?? null,
      label: `户 ${h.householdNo}`,
    }));
}

function personWrites(before: RegistryState, next: RegistryState): RowWrite[] {
  const changed = [...next.persons.values()].filter(
    (p) => before.persons.get(p.personId)?.version !== p.version,
  );
  const first = (p: Person) => {
    const old = before.persons.get(p.personId);
    return old && releases(old, p) ? 0 : 1;
  };
  changed.sort((a, b) => first(a) - first(b) || a.personId.localeCompare(b.personId));
  return changed.map((p) => ({
    row: personToRow(p),
    expected: before.persons.get(p.personId)?.version ?? null,
    label: `人员 ${p.name}`,
  }));
}

function membershipWrites(before: RegistryState, next: RegistryState) {
  const closed = before.memberships
    .map((m, i) => ({ was: m, now: next.memberships[i]! }))
    .filter(({ was, now }) => was.until === null && now.until !== null)
    .map(({ now }) => ({ person_id: now.personId, until: now.until }));
  const opened = next.memberships.slice(before.memberships.length).map((m) => ({
    person_id: m.personId,
    household_id: m.householdId,
    relation: m.relation,
    since: m.since,
    until: m.until,
    county_code: next.households.get(m.householdId)!.countyCode,
  }));
  return { closed, opened };
}

/** The county an event belongs to: that of the (first) household it touches. */
export function eventCounty(event: RegistryEvent, next: RegistryState): string {
  const householdId = eventSubjects(event).households[0];
  return (householdId && next.households.get(householdId)?.countyCode) || CITY_COUNTY_CODE;
}

function eventRow(event: RegistryEvent, next: RegistryState) {
  const subjects = eventSubjects(event);
  return {
    event_id: event.eventId,
    kind: event.kind,
    county_code: eventCounty(event, next),
    at: event.at,
    actor: event.actor,
    legal_basis: event.legalBasis,
    reason: event.reason,
    person_ids: subjects.persons,
    household_ids: subjects.households,
    body: eventBody(event),
  };
}

/** The whole change as the JSON document registry_apply (0101) stores. */
export function changeDocument(
  before: RegistryState,
  next: RegistryState,
  event: RegistryEvent,
  audit?: AuditEntry,
): string {
  return JSON.stringify({
    households: householdWrites(before, next),
    persons: personWrites(before, next),
    ...membershipWrites(before, next),
    event: eventRow(event, next),
    // detail goes as JSON, not as the text auditRow() prepares for a bound jsonb parameter.
    ...(audit ? { audit: { ...auditRow(audit), detail: audit.detail ?? null } } : {}),
  });
}

export function mapStale(e: unknown): unknown {
  const err = e as { code?: string; message?: string };
  return err?.code === STALE ? stale(err.message ?? '') : e;
}

/**
 * Store the event, its projection and (when given) its audit row in one statement inside the caller's open
 * transaction, so they commit with the caller's other writes; stale → 'stale-version'. Outside a transaction,
 * writeEventGrouped (group-write.ts) commits a change on its own.
 */
export async function writeEventIn(
  trx: Transaction<DB>,
  before: RegistryState,
  next: RegistryState,
  event: RegistryEvent,
  audit?: AuditEntry,
) {
  try {
    await sql`select registry_apply(${changeDocument(before, next, event, audit)}::jsonb)`.execute(trx);
  } catch (e) {
    throw mapStale(e);
  }
}
