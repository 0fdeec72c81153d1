// The part of a registry change both write paths share (record-change.ts): which slice a command needs, the numbers
// it allocates, the domain's decision on the slice as the writer may see it, the check of what it produces, and the
// audit row. Reading and writing are the callers': grouped with concurrent changes, or inside a caller's transaction.
import { nameOf } from '../../domain/access/principal.ts';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { coversPlace, scopeSlice, type ScopeGrant } from '../../domain/access/write-scope.ts';
import { countyCodeOf } from '../../domain/divisions/tree.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  accept,
  addressKey,
  birthIdNumber,
  eventSubjects,
  type Household,
  type Person,
  type RegistryCommand,
  type RegistryEvent,
  type RegistryState,
} from '../../domain/registry/index.ts';
import type { AuditEntry } from '../../db/repositories/audit.ts';
import { nextHouseholdNo, usedSequences } from '../../db/repositories/registry/queries.ts';
import type { SliceRequest } from '../../db/repositories/registry/slice.ts';
import type { DB } from '../../db/schema.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';

export interface ChangeResult {
  event: RegistryEvent;
  persons: Person[];
  households: Household[];
}

/** A decided change: what to write (before → next, the event, its audit row) and what to answer. */
export interface DecidedChange {
  before: RegistryState;
  next: RegistryState;
  event: RegistryEvent;
  audit: AuditEntry;
  result: ChangeResult;
}

export const FORBIDDEN = '无权办理此项业务或超出辖区 / not permitted for your role or jurisdiction';

function arrivalRequest(
  a: { type: 'existing'; personId: string } | { type: 'newcomer'; person: { idNumber: string } },
): SliceRequest {
  return a.type === 'existing' ? { personIds: [a.personId] } : { idNumbers: [a.person.idNumber] };
}

export function sliceRequestFor(command: RegistryCommand): SliceRequest {
  const c = command;
  switch (c.name) {
    case 'register-birth':
      return {
        householdIds: [c.input.householdId],
        idNumbers: c.input.person.idNumber ? [c.input.person.idNumber] : [],
      };
    case 'record-death':
    case 'move-out':
    case 'cancel-hukou':
      return { personIds: [c.input.personId, ...(c.input.newHeadPersonId ? [c.input.newHeadPersonId] : [])] };
    case 'move-in':
      return { householdIds: [c.input.householdId], ...arrivalRequest(c.input.arrival) };
    case 'create-household':
      return { addressKeys: [addressKey(c.input.address)], ...arrivalRequest(c.input.head) };
    case 'split-household':
      return {
        householdIds: [c.input.householdId],
        personIds: c.input.members.map((m) => m.personId),
        addressKeys: [addressKey(c.input.address)],
      };
    case 'change-head':
      return { householdIds: [c.input.householdId], personIds: [c.input.newHeadPersonId] };
    case 'correct-item':
      return {
        personIds: [c.input.personId],
        idNumbers: c.input.field === 'idNumber' && c.input.after ? [c.input.after.toUpperCase()] : [],
      };
  }
}

async function allocate(db: Kysely<DB>, command: RegistryCommand, before: RegistryState) {
  let newHouseholdNo = '';
  if (command.name === 'create-household' || command.name === 'split-household') {
    newHouseholdNo = await nextHouseholdNo(db, countyCodeOf(command.input.address.divisionCode) ?? '530600');
  }
  let assignedIdNumber: string | undefined;
  if (command.name === 'register-birth' && !command.input.person.idNumber) {
    const household = before.households.get(command.input.householdId);
    if (household) {
      const { birthDate, sex } = command.input.person;
      assignedIdNumber = birthIdNumber(
        household.countyCode,
        birthDate,
        sex,
        await usedSequences(db, household.countyCode, birthDate),
      );
    }
  }
  return { newHouseholdNo, assignedIdNumber };
}

/**
 * After the decision: what the event produces or moves into (a new household's address, a move-in's destination)
 * must lie inside the writer's jurisdiction too. The records the command named were scoped before the decision
 * (scopeSlice, T13.2), so this refuses only places the caller chose, never reveals whether an id exists. `left`:
 * the households granted persons leave (a one-stop move-out at the origin), which the grant covers.
 */
function authorizeProduced(
  ctx: RequestContext,
  event: RegistryEvent,
  next: RegistryState,
  left: ReadonlySet<string>,
): void {
  for (const householdId of eventSubjects(event).households) {
    if (left.has(householdId)) continue;
    const division = next.households.get(householdId)?.address.divisionCode;
    if (division === undefined || !coversPlace(ctx.principal, division))
      throw new DomainError('forbidden', FORBIDDEN);
  }
}

/**
 * Decide a command on the slice read for it (`loaded`). The jurisdiction is decided first, on every record the
 * command names (write-scope.ts): an id outside it is answered as a missing one, before existence or version is
 * looked at. `grant` names the persons a document (a settlement permit) lets the caller move beyond it.
 */
export async function decideChange(
  db: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  command: RegistryCommand,
  loaded: RegistryState,
  grant?: ScopeGrant,
): Promise<DecidedChange> {
  const before = scopeSlice(loaded, command, ctx.principal, grant);
  const { newHouseholdNo, assignedIdNumber } = await allocate(db, command, before);
  const { event, next } = accept(before, command, {
    actor: nameOf(ctx.principal),
    at: deps.now().toISOString(),
    eventId: randomUUID(),
    newPersonId: randomUUID(),
    newHouseholdId: randomUUID(),
    newHouseholdNo,
    ...(assignedIdNumber ? { assignedIdNumber } : {}),
  });
  const left = new Set((grant?.persons ?? []).flatMap((id) => before.persons.get(id)?.householdId ?? []));
  authorizeProduced(ctx, event, next, left);
  const subjects = eventSubjects(event);
  const households = subjects.households.map((id) => next.households.get(id)!).filter(Boolean);
  const audit: AuditEntry = {
    ...auditActor(ctx),
    action: `registry.${event.kind}`,
    resourceType: subjects.persons.length ? 'person' : 'household',
    resourceId: subjects.persons[0] ?? subjects.households[0] ?? null,
    countyCode: households[0]?.countyCode ?? null,
    detail: { eventId: event.eventId, persons: subjects.persons, households: subjects.households },
    personIds: subjects.persons,
  };
  const persons = subjects.persons.map((id) => next.persons.get(id)!).filter(Boolean);
  return { before, next, event, audit, result: { event, persons, households } };
}
