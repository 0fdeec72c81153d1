// Compare the projection tables with the fold of the event log: they must be the same register.
import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import { fold, violations, type RegistryState } from '../../../src/domain/registry/index.ts';
import { eventsUpTo } from '../../../src/db/repositories/registry/queries.ts';
import {
  householdFromRow,
  membershipFromRow,
  personFromRow,
} from '../../../src/db/repositories/registry/rows.ts';
import type { DB } from '../../../src/db/schema.ts';

export async function projection(db: Kysely<DB>): Promise<RegistryState> {
  const [persons, households, memberships] = await Promise.all([
    db.selectFrom('person').selectAll().execute(),
    db.selectFrom('household').selectAll().execute(),
    db.selectFrom('membership').selectAll().orderBy('membership_id').execute(),
  ]);
  return {
    persons: new Map(persons.map((r) => [r.person_id, personFromRow(r)])),
    households: new Map(households.map((r) => [r.household_id, householdFromRow(r)])),
    memberships: memberships.map(membershipFromRow),
  };
}

function sorted(s: RegistryState) {
  const byKey = <T>(m: ReadonlyMap<string, T>) =>
    [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  const memberships = [...s.memberships].sort((a, b) =>
    `${a.personId}${a.since}${a.until ?? '~'}`.localeCompare(`${b.personId}${b.since}${b.until ?? '~'}`),
  );
  return { persons: byKey(s.persons), households: byKey(s.households), memberships };
}

/** The projection equals the fold of all events, and neither breaks an invariant. */
export async function expectProjectionIsFold(db: Kysely<DB>) {
  const events = await eventsUpTo(db, new Date('2999-01-01'));
  const folded = fold(events);
  const stored = await projection(db);
  expect(sorted(stored)).toEqual(sorted(folded));
  expect(violations(stored)).toEqual([]);
  return { events, stored };
}
