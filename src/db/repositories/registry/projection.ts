// Write one accepted event and the projection it produces, in the caller's transaction: the rows the event touched
// go from the slice's state to the next state (apply's result), each guarded by the version the slice read, so a
// concurrent change makes this one fail with 'stale-version' and write nothing.
import type { Kysely } from 'kysely';
import { DomainError } from '../../../domain/errors.ts';
import { eventSubjects, type RegistryEvent } from '../../../domain/registry/events.ts';
import type { Person, RegistryState } from '../../../domain/registry/model.ts';
import type { DB } from '../../schema.ts';
import { eventBody, householdToRow, personToRow } from './rows.ts';

function stale(what: string): DomainError {
  const message = `${what} 已被他人同时修改，请刷新后重试`;
  return new DomainError('stale-version', message, [{ path: 'version', message }]);
}

/** Changes that give up a unique key (an active hukou, the head's place) go before those that may claim one. */
function releases(before: Person, after: Person): boolean {
  return (
    (before.status === 'active' && after.status !== 'active') ||
    (before.relation === '02' && after.relation !== '02') ||
    before.idNumber !== after.idNumber
  );
}

async function writeHouseholds(db: Kysely<DB>, before: RegistryState, next: RegistryState) {
  for (const h of next.households.values()) {
    const old = before.households.get(h.householdId);
    if (!old) {
      await db.insertInto('household').values(householdToRow(h)).execute();
    } else if (old.version !== h.version) {
      const r = await db
        .updateTable('household')
        .set(householdToRow(h))
        .where('household_id', '=', h.householdId)
        .where('version', '=', old.version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw stale(`户 ${h.householdNo}`);
    }
  }
}

async function writePersons(db: Kysely<DB>, before: RegistryState, next: RegistryState) {
  const changed = [...next.persons.values()].filter((p) => before.persons.get(p.personId)?.version !== p.version);
  const first = (p: Person) => {
    const old = before.persons.get(p.personId);
    return old && releases(old, p) ? 0 : 1;
  };
  changed.sort((a, b) => first(a) - first(b) || a.personId.localeCompare(b.personId));
  for (const p of changed) {
    const old = before.persons.get(p.personId);
    if (!old) {
      await db.insertInto('person').values(personToRow(p)).execute();
      continue;
    }
    const r = await db
      .updateTable('person')
      .set(personToRow(p))
      .where('person_id', '=', p.personId)
      .where('version', '=', old.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale(`人员 ${p.name}`);
  }
}

async function writeMemberships(db: Kysely<DB>, before: RegistryState, next: RegistryState) {
  for (let i = 0; i < before.memberships.length; i++) {
    const m = next.memberships[i]!;
    if (before.memberships[i]!.until === null && m.until !== null) {
      await db.updateTable('membership').set({ until: m.until }).where('person_id', '=', m.personId).where('until', 'is', null).execute();
    }
  }
  const opened = next.memberships.slice(before.memberships.length);
  if (opened.length === 0) return;
  await db
    .insertInto('membership')
    .values(
      opened.map((m) => ({
        person_id: m.personId,
        household_id: m.householdId,
        relation: m.relation,
        since: m.since,
        until: m.until,
        county_code: next.households.get(m.householdId)!.countyCode,
      })),
    )
    .execute();
}

/** The county an event belongs to: that of the (first) household it touches. */
export function eventCounty(event: RegistryEvent, next: RegistryState): string {
  const householdId = eventSubjects(event).households[0];
  return (householdId && next.households.get(householdId)?.countyCode) || '530600';
}

export async function writeEvent(db: Kysely<DB>, before: RegistryState, next: RegistryState, event: RegistryEvent) {
  await writeHouseholds(db, before, next);
  await writePersons(db, before, next);
  await writeMemberships(db, before, next);
  const subjects = eventSubjects(event);
  await db
    .insertInto('registry_event')
    .values({
      event_id: event.eventId,
      kind: event.kind,
      county_code: eventCounty(event, next),
      at: new Date(event.at),
      actor: event.actor,
      legal_basis: event.legalBasis,
      reason: event.reason,
      person_ids: subjects.persons,
      household_ids: subjects.households,
      body: JSON.stringify(eventBody(event)),
    })
    .execute();
}
