// Record one change to the register: parse the command, load the slice it concerns, let the domain decide, and
// write the event, the projection and the audit row in one statement (one transaction). A refused change writes nothing.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { coversPlace, mayWriteAtAll, scopeSlice } from '../../domain/access/write-scope.ts';
import { countyCodeOf } from '../../domain/divisions/tree.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import {
  accept,
  addressKey,
  birthIdNumber,
  eventSubjects,
  parseCommand,
  type CommandName,
  type Household,
  type Person,
  type RegistryCommand,
  type RegistryEvent,
  type RegistryState,
} from '../../domain/registry/index.ts';
import { registryDatabaseError } from '../../db/repositories/registry/errors.ts';
import { writeEventGrouped } from '../../db/repositories/registry/group-write.ts';
import { nextHouseholdNo, usedSequences } from '../../db/repositories/registry/queries.ts';
import { loadSliceCoalesced, type SliceRequest } from '../../db/repositories/registry/slice.ts';
import type { DB } from '../../db/schema.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { CITY_COUNTY_CODE } from '../../domain/divisions/city.ts';

export interface ChangeResult {
  event: RegistryEvent;
  persons: Person[];
  households: Household[];
}

/** Deadlocks between concurrent changes are retried this many times (each retry decides afresh). */
const DEADLOCK_RETRIES = 3;

function arrivalRequest(
  a: { type: 'existing'; personId: string } | { type: 'newcomer'; person: { idNumber: string } },
): SliceRequest {
  return a.type === 'existing' ? { personIds: [a.personId] } : { idNumbers: [a.person.idNumber] };
}

function sliceRequestFor(command: RegistryCommand): SliceRequest {
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
    newHouseholdNo = await nextHouseholdNo(
      db,
      countyCodeOf(command.input.address.divisionCode) ?? CITY_COUNTY_CODE,
    );
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

const FORBIDDEN = '无权办理此项业务或超出辖区 / not permitted for your role or jurisdiction';

/**
 * After the decision: what the event produces or moves into (a new household's address, a move-in's destination)
 * must lie inside the writer's jurisdiction too. The records the command named were scoped before the decision
 * (scopeSlice, T13.2), so this refuses only places the caller chose, never reveals whether an id exists.
 */
function authorizeProduced(ctx: RequestContext, event: RegistryEvent, next: RegistryState): void {
  for (const householdId of eventSubjects(event).households) {
    const division = next.households.get(householdId)?.address.divisionCode;
    if (division === undefined || !coversPlace(ctx.actor, division))
      throw new DomainError('forbidden', FORBIDDEN);
  }
}

// No explicit transaction: the slice is read by one statement and the whole change is written by another
// (writeEventGrouped: one statement, atomic). Both go together with those of concurrent callers — slices in one
// read, changes in one transaction with a savepoint each — so a round trip and a commit serve many changes. Reads
// inside a READ COMMITTED transaction would see no more than this — each statement takes its own snapshot and the
// slice takes no locks — so what keeps a decision safe is the same either way: the version guard on every row
// written and the unique indexes.
async function attempt(deps: AppDeps, ctx: RequestContext, command: RegistryCommand): Promise<ChangeResult> {
  const { db } = deps.database;
  // The jurisdiction is decided first, on every record the command names (write-scope.ts): an id outside it is
  // answered as a missing one, before existence or version is looked at.
  const before = scopeSlice(await loadSliceCoalesced(db, sliceRequestFor(command)), command, ctx.actor);
  const { newHouseholdNo, assignedIdNumber } = await allocate(db, command, before);
  const { event, next } = accept(before, command, {
    actor: ctx.actor?.username ?? `cli:${ctx.requestId}`,
    at: deps.now().toISOString(),
    eventId: randomUUID(),
    newPersonId: randomUUID(),
    newHouseholdId: randomUUID(),
    newHouseholdNo,
    ...(assignedIdNumber ? { assignedIdNumber } : {}),
  });
  authorizeProduced(ctx, event, next);
  const subjects = eventSubjects(event);
  const households = subjects.households.map((id) => next.households.get(id)!).filter(Boolean);
  await writeEventGrouped(db, before, next, event, {
    ...auditActor(ctx),
    action: `registry.${event.kind}`,
    resourceType: subjects.persons.length ? 'person' : 'household',
    resourceId: subjects.persons[0] ?? subjects.households[0] ?? null,
    countyCode: households[0]?.countyCode ?? null,
    detail: { eventId: event.eventId, persons: subjects.persons, households: subjects.households },
    personIds: subjects.persons,
  });
  return { event, persons: subjects.persons.map((id) => next.persons.get(id)!).filter(Boolean), households };
}

export async function recordChange(
  deps: AppDeps,
  ctx: RequestContext,
  name: CommandName,
  raw: unknown,
): Promise<ChangeResult> {
  const command = parseCommand(name, raw);
  if (!mayWriteAtAll(ctx.actor)) throw new DomainError('forbidden', FORBIDDEN);
  for (let tries = 0; ; tries++) {
    try {
      const result = await attempt(deps, ctx, command);
      deps.onRegistryChange?.();
      return result;
    } catch (e) {
      if (isDomainError(e)) throw e;
      const mapped = registryDatabaseError(e);
      const retry = (e as { code?: string }).code === '40P01' && tries < DEADLOCK_RETRIES;
      if (!retry) throw mapped;
    }
  }
}
