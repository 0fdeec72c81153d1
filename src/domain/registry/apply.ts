// The projection: apply(state, event) → the next state. Folding a person's or household's events from the empty
// state rebuilds it as of any moment (T10.1: the register keeps every change as history). Events are facts:
// apply trusts them; decide.ts checked them before they were accepted. Every entity an event touches gets its
// version raised by exactly one (optimistic concurrency).
import type { CancellationReason } from '../codes/cancellation-reasons.ts';
import { HEAD_RELATION } from '../codes/relationships.ts';
import type { Arrival, NewHousehold, NewPerson, RegistryEvent } from './events.ts';
import type { Household, Membership, Person, RegistryState } from './model.ts';

class Draft {
  readonly persons: Map<string, Person>;
  readonly households: Map<string, Household>;
  readonly memberships: Membership[];
  private readonly touchedPersons = new Set<string>();
  private readonly touchedHouseholds = new Set<string>();

  constructor(
    state: RegistryState,
    readonly day: string,
  ) {
    this.persons = new Map(state.persons);
    this.households = new Map(state.households);
    this.memberships = [...state.memberships];
  }

  person(personId: string): Person {
    const p = this.persons.get(personId);
    if (!p) throw new RangeError(`event names unknown person ${personId}`);
    this.touchedPersons.add(personId);
    return p;
  }

  household(householdId: string): Household {
    const h = this.households.get(householdId);
    if (!h) throw new RangeError(`event names unknown household ${householdId}`);
    this.touchedHouseholds.add(householdId);
    return h;
  }

  putPerson(p: Person): void {
    this.persons.set(p.personId, p);
    this.touchedPersons.add(p.personId);
  }

  putHousehold(h: Household): void {
    this.households.set(h.householdId, h);
    this.touchedHouseholds.add(h.householdId);
  }

  private closeMembership(personId: string): void {
    const i = this.memberships.findIndex((m) => m.personId === personId && m.until === null);
    if (i >= 0) this.memberships[i] = { ...this.memberships[i]!, until: this.day };
  }

  join(personId: string, householdId: string, relation: string): void {
    const household = this.household(householdId);
    this.closeMembership(personId);
    const p = this.person(personId);
    this.putPerson({
      ...p,
      status: 'active',
      cancelledReason: null,
      householdId,
      relation,
      countyCode: household.countyCode,
    });
    this.memberships.push({ personId, householdId, relation, since: this.day, until: null });
  }

  setRelation(personId: string, relation: string): void {
    const p = this.person(personId);
    if (p.householdId) this.join(personId, p.householdId, relation);
  }

  leave(personId: string, reason: CancellationReason, newHeadPersonId: string | null): void {
    const p = this.person(personId);
    this.closeMembership(personId);
    this.putPerson({ ...p, status: 'cancelled', cancelledReason: reason });
    if (!p.householdId) return;
    const householdId = p.householdId;
    if (newHeadPersonId) this.setRelation(newHeadPersonId, HEAD_RELATION);
    const household = this.household(householdId);
    const anyoneLeft = [...this.persons.values()].some(
      (m) => m.status === 'active' && m.householdId === householdId,
    );
    if (!anyoneLeft) this.putHousehold({ ...household, status: 'cancelled' });
  }

  arrive(arrival: Arrival): string {
    if ('existing' in arrival) return arrival.existing;
    this.putPerson(newPersonRecord(arrival.newcomer));
    return arrival.newcomer.personId;
  }

  createHousehold(h: NewHousehold): void {
    this.putHousehold({ ...h, status: 'active', createdOn: this.day, version: 0 });
  }

  done(): RegistryState {
    for (const id of this.touchedPersons) {
      const p = this.persons.get(id)!;
      this.persons.set(id, { ...p, version: p.version + 1 });
    }
    for (const id of this.touchedHouseholds) {
      const h = this.households.get(id)!;
      this.households.set(id, { ...h, version: h.version + 1 });
    }
    return { persons: this.persons, households: this.households, memberships: this.memberships };
  }
}

export function newPersonRecord(n: NewPerson): Person {
  return {
    ...n,
    status: 'active',
    cancelledReason: null,
    deathDate: null,
    householdId: null,
    relation: null,
    countyCode: '',
    formerType: null,
    version: 0,
  };
}

export function apply(state: RegistryState, event: RegistryEvent): RegistryState {
  const d = new Draft(state, event.at.slice(0, 10));
  switch (event.kind) {
    case 'birth-registered':
      d.putPerson(newPersonRecord(event.person));
      d.join(event.person.personId, event.householdId, event.relation);
      break;
    case 'death-recorded':
      d.leave(event.personId, 'death', event.newHeadPersonId);
      d.putPerson({ ...d.person(event.personId), deathDate: event.deathDate });
      break;
    case 'moved-out':
      d.leave(event.personId, 'moved-out', event.newHeadPersonId);
      break;
    case 'hukou-cancelled':
      d.leave(event.personId, event.cause, event.newHeadPersonId);
      break;
    case 'moved-in':
      d.join(d.arrive(event.arrival), event.householdId, event.relation);
      break;
    case 'household-created':
      d.createHousehold(event.household);
      d.join(d.arrive(event.head), event.household.householdId, HEAD_RELATION);
      break;
    case 'household-split':
      d.household(event.householdId);
      d.createHousehold(event.newHousehold);
      for (const m of event.members) d.join(m.personId, event.newHousehold.householdId, m.relation);
      break;
    case 'head-changed':
      d.household(event.householdId);
      if (event.formerHeadPersonId) d.setRelation(event.formerHeadPersonId, event.formerHeadRelation);
      d.setRelation(event.newHeadPersonId, HEAD_RELATION);
      break;
    case 'item-corrected':
      if (event.field === 'relation') d.setRelation(event.personId, event.after ?? '');
      else d.putPerson({ ...d.person(event.personId), [event.field]: event.after });
      break;
  }
  return d.done();
}

/** Fold events (in their recorded order) onto a state. */
export function fold(events: Iterable<RegistryEvent>, state: RegistryState = emptyState()): RegistryState {
  let s = state;
  for (const e of events) s = apply(s, e);
  return s;
}

/** The state as of a moment: the fold of the events recorded at or before it. */
export function stateAsOf(events: Iterable<RegistryEvent>, at: string): RegistryState {
  return fold([...events].filter((e) => e.at <= at));
}

function emptyState(): RegistryState {
  return { persons: new Map(), households: new Map(), memberships: [] };
}
