// Write scopes (T13.2: each level of the public security organs changes only the register of its own jurisdiction;
// T10.1: one register for the whole city, so a jurisdiction is a place on the division tree, never a hukou type).
//
// Every registry command names persons and households by id. Each one named is a target: the actor's jurisdiction
// must cover it, and one that it does not cover is taken out of the slice BEFORE the domain decides, so the command
// is answered exactly as for an id that does not exist (same code, message and issue path; no version check, hence
// no 409 that would tell a stale version from a missing record). Rows the slice holds only to protect invariants —
// holders of an ID number (one active hukou per number), family households at an address (一址一户), the other
// members of a named household — are not targets and stay. What a command produces (the destination of a move-in,
// a new household's address) is checked after the decision by the use case, on the event's households.
import type { CommandName, RegistryCommand } from '../registry/commands.ts';
import type { Person, RegistryState } from '../registry/model.ts';
import { CITY_CODE } from '../divisions/city.ts';
import { jurisdictionOf, principalCovers, principalMay, type Principal } from './principal.ts';

export type TargetKind = 'person' | 'household';

/** One field of a command's input naming a record by id; `members[].personId` names one per member. */
export interface TargetField {
  path: string;
  kind: TargetKind;
}

/**
 * The written policy as data (docs/ARCHITECTURE.md, "Who may write what"): for each command, the fields whose
 * records must lie inside the actor's jurisdiction. `produces` names what the command creates or moves into, which
 * must lie inside too and is checked on the event (a new record has no id to probe with).
 */
export const WRITE_TARGETS = {
  'register-birth': {
    targets: [{ path: 'householdId', kind: 'household' }],
    produces: 'the birth in that household',
  },
  'record-death': {
    targets: [
      { path: 'personId', kind: 'person' },
      { path: 'newHeadPersonId', kind: 'person' },
    ],
    produces: null,
  },
  'move-in': {
    targets: [
      { path: 'householdId', kind: 'household' },
      { path: 'arrival.personId', kind: 'person' },
    ],
    produces: 'the membership in that household',
  },
  'move-out': {
    targets: [
      { path: 'personId', kind: 'person' },
      { path: 'newHeadPersonId', kind: 'person' },
    ],
    produces: null,
  },
  'create-household': {
    targets: [{ path: 'head.personId', kind: 'person' }],
    produces: 'the new household at address.divisionCode',
  },
  'split-household': {
    targets: [
      { path: 'householdId', kind: 'household' },
      { path: 'members[].personId', kind: 'person' },
    ],
    produces: 'the new household at address.divisionCode',
  },
  'change-head': {
    targets: [
      { path: 'householdId', kind: 'household' },
      { path: 'newHeadPersonId', kind: 'person' },
      { path: 'formerHeadPersonId', kind: 'person' },
    ],
    produces: null,
  },
  'correct-item': { targets: [{ path: 'personId', kind: 'person' }], produces: null },
  'cancel-hukou': {
    targets: [
      { path: 'personId', kind: 'person' },
      { path: 'newHeadPersonId', kind: 'person' },
    ],
    produces: null,
  },
} as const satisfies Record<CommandName, { targets: readonly TargetField[]; produces: string | null }>;

/**
 * Who writes at all (PERMISSIONS['registry.write']): station clerks, county officers and city officers, each inside
 * their own jurisdiction; the CLI operator and the demo seed city-wide; the public and the other jobs never.
 */
export type Writer = Principal;

export function mayWriteAtAll(writer: Writer): boolean {
  return principalMay(writer, 'registry.write');
}

function values(input: unknown, path: string): string[] {
  const [head, ...rest] = path.split('.');
  if (input === null || typeof input !== 'object' || head === undefined) return [];
  if (head.endsWith('[]')) {
    const list = (input as Record<string, unknown>)[head.slice(0, -2)];
    return Array.isArray(list) ? list.flatMap((x) => values(x, rest.join('.'))) : [];
  }
  const v = (input as Record<string, unknown>)[head];
  if (rest.length) return values(v, rest.join('.'));
  return typeof v === 'string' ? [v] : [];
}

/** The ids a command names as targets, by kind (per WRITE_TARGETS). */
export function writeTargets(command: RegistryCommand): Record<TargetKind, string[]> {
  const out: Record<TargetKind, string[]> = { person: [], household: [] };
  for (const t of WRITE_TARGETS[command.name].targets as readonly TargetField[])
    out[t.kind].push(...values(command.input, t.path));
  return out;
}

/**
 * A person's place is their household's address (12-digit unit code). A person the slice holds without a household
 * (a legacy record) is placed at their county only: a county or city jurisdiction covers them, a station does not.
 */
export function placeOfPerson(state: RegistryState, p: Person): string {
  const h = p.householdId ? state.households.get(p.householdId) : undefined;
  return h?.address.divisionCode ?? p.countyCode;
}

export function coversPlace(writer: Writer, divisionCode: string): boolean {
  return principalCovers(writer, divisionCode);
}

/**
 * Persons a document, not the writer's jurisdiction, lets the writer move: a settlement permit's applicant and
 * companions, whom the destination station moves out at their origin elsewhere in the city and in at the destination
 * (one-stop completion, T2). Only persons: the households written to and what the command produces stay checked.
 */
export interface ScopeGrant {
  persons: readonly string[];
}

/**
 * The slice as the writer may see it: every target the writer's jurisdiction does not cover (and no grant names) is
 * removed (with its memberships), so the domain answers as for a missing id. Everything else stays. Pure; the state
 * is not changed.
 */
export function scopeSlice(
  state: RegistryState,
  command: RegistryCommand,
  writer: Writer,
  grant?: ScopeGrant,
): RegistryState {
  if (jurisdictionOf(writer) === CITY_CODE) return state; // city-wide: nothing of the city is out of scope
  const targets = writeTargets(command);
  const dropPersons = new Set(
    targets.person.filter((id) => {
      const p = state.persons.get(id);
      if (grant?.persons.includes(id)) return false;
      return p !== undefined && !coversPlace(writer, placeOfPerson(state, p));
    }),
  );
  const dropHouseholds = new Set(
    targets.household.filter((id) => {
      const h = state.households.get(id);
      return h !== undefined && !coversPlace(writer, h.address.divisionCode);
    }),
  );
  if (dropPersons.size === 0 && dropHouseholds.size === 0) return state;
  return {
    persons: new Map([...state.persons].filter(([id]) => !dropPersons.has(id))),
    households: new Map([...state.households].filter(([id]) => !dropHouseholds.has(id))),
    memberships: state.memberships.filter(
      (m) => !dropPersons.has(m.personId) && !dropHouseholds.has(m.householdId),
    ),
  };
}

/**
 * Finding resolutions (T12) act only on the finding's own records: the fields naming persons must name persons of
 * the finding, those naming households one of its households; anything else answers as a missing record. The
 * registry command the resolution then writes is scoped by WRITE_TARGETS as any other.
 */
export const RESOLUTION_TARGETS = {
  merge: { persons: ['cancelPersonId', 'keepPersonId'], households: [] },
  correct: { persons: ['personId'], households: [] },
  upgrade: { persons: ['personId'], households: [] },
  'record-death': { persons: ['personId'], households: [] },
  'cancel-enlisted': { persons: ['personId'], households: [] },
  'change-head': { persons: [], households: ['householdId'] },
  'not-duplicate': { persons: [], households: [] },
  later: { persons: [], households: [] },
  dismiss: { persons: [], households: [] },
} as const satisfies Record<string, { persons: readonly string[]; households: readonly string[] }>;
export type ResolutionAction = keyof typeof RESOLUTION_TARGETS;

/** The [field, id] pairs a resolution names, by kind (per RESOLUTION_TARGETS). */
export function resolutionTargets(input: {
  action: ResolutionAction;
}): Record<TargetKind, Array<[string, string]>> {
  const t = RESOLUTION_TARGETS[input.action];
  const pairs = (fields: readonly string[]) =>
    fields.flatMap((f) => values(input, f).map((id): [string, string] => [f, id]));
  return { person: pairs(t.persons), household: pairs(t.households) };
}
