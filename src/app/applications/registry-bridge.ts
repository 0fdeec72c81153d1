// A thin bridge to the registry: apply one registry command inside the caller's transaction, through the
// registry's own domain decision (accept) and repository functions (loadSlice, writeEvent). The registry's
// recordChange opens its own transaction; completing a settlement needs move-out and move-in in ONE transaction
// with the application's own event, hence this executor-taking variant. No SQL of its own.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { countyCodeOf } from '../../domain/divisions/tree.ts';
import {
  accept,
  addressKey,
  eventSubjects,
  parseCommand,
  type CommandName,
  type RegistryEvent,
  type RegistryState,
} from '../../domain/registry/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { writeEvent } from '../../db/repositories/registry/projection.ts';
import { nextHouseholdNo } from '../../db/repositories/registry/queries.ts';
import { loadSlice } from '../../db/repositories/registry/slice.ts';
import type { DB } from '../../db/schema.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { CITY_COUNTY_CODE } from '../../domain/divisions/city.ts';

export async function registrySlice(
  trx: Kysely<DB>,
  req: Parameters<typeof loadSlice>[1],
): Promise<RegistryState> {
  return loadSlice(trx, req);
}

type Arrival =
  | { type: 'existing'; personId: string; version: number }
  | { type: 'newcomer'; person: { idNumber: string } & Record<string, unknown> };

function sliceFor(name: CommandName, input: Record<string, unknown>) {
  const arrival = (input.arrival ?? input.head) as Arrival | undefined;
  const arrivalReq = arrival
    ? arrival.type === 'existing'
      ? { personIds: [arrival.personId] }
      : { idNumbers: [arrival.person.idNumber] }
    : {};
  if (name === 'move-out') return { personIds: [input.personId as string] };
  if (name === 'move-in') return { householdIds: [input.householdId as string], ...arrivalReq };
  const address = input.address as { divisionCode: string; detail: string };
  return { addressKeys: [addressKey(address)], ...arrivalReq };
}

/** Apply move-out, move-in or create-household in the given transaction; returns the registry event. */
export async function applyRegistryCommand(
  trx: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  name: 'move-out' | 'move-in' | 'create-household',
  raw: Record<string, unknown>,
): Promise<{ event: RegistryEvent; next: RegistryState }> {
  const command = parseCommand(name, raw);
  const before = await loadSlice(trx, sliceFor(name, command.input as unknown as Record<string, unknown>));
  const newHouseholdNo =
    command.name === 'create-household'
      ? await nextHouseholdNo(trx, countyCodeOf(command.input.address.divisionCode) ?? CITY_COUNTY_CODE)
      : '';
  const { event, next } = accept(before, command, {
    actor: ctx.actor?.username ?? 'system',
    at: deps.now().toISOString(),
    eventId: randomUUID(),
    newPersonId: randomUUID(),
    newHouseholdId: randomUUID(),
    newHouseholdNo,
  });
  await writeEvent(trx, before, next, event);
  const subjects = eventSubjects(event);
  await recordAudit(trx, {
    ...auditActor(ctx),
    action: `registry.${event.kind}`,
    resourceType: 'person',
    resourceId: subjects.persons[0] ?? null,
    countyCode: subjects.households[0]
      ? (next.households.get(subjects.households[0])?.countyCode ?? null)
      : null,
    detail: { eventId: event.eventId, persons: subjects.persons, households: subjects.households },
  });
  return { event, next };
}
