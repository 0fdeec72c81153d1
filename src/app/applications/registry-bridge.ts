// The bridge to the registry for completion (落户登记): move-out, move-in and create-household written through the
// registry's own transaction-taking entry (recordChangeIn) — same parse, write scope, decision and audit row as any
// registry change — inside the completion's one transaction with the application's own event.
import type { Transaction } from 'kysely';
import type { RegistryEvent, RegistryState } from '../../domain/registry/index.ts';
import { loadSlice, type SliceRequest } from '../../db/repositories/registry/slice.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { recordChangeIn } from '../registry/record-change.ts';

export async function registrySlice(trx: Transaction<DB>, req: SliceRequest): Promise<RegistryState> {
  return loadSlice(trx, req);
}

/** The registered person a command moves (moved out, or arriving as an existing person), if any. */
function movedPerson(raw: Record<string, unknown>): string | undefined {
  const arrival = (raw.arrival ?? raw.head) as { type?: string; personId?: string } | undefined;
  if (arrival?.type === 'existing') return arrival.personId;
  return typeof raw.personId === 'string' ? raw.personId : undefined;
}

/**
 * Apply move-out, move-in or create-household in the given transaction; returns the registry event. The permit is
 * the authority to move its applicant and companions from an origin elsewhere in the city (ScopeGrant); the
 * destination household and a new household's address must still lie inside the caller's jurisdiction.
 */
export async function applyRegistryCommand(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  name: 'move-out' | 'move-in' | 'create-household',
  raw: Record<string, unknown>,
): Promise<{ event: RegistryEvent; next: RegistryState }> {
  const person = movedPerson(raw);
  // The member who heads the origin household after a one-stop move-out is granted with the mover: the hand-over
  // is part of the move the permit authorizes (hand-over.ts), even in another county.
  const successor = typeof raw.newHeadPersonId === 'string' ? [raw.newHeadPersonId] : [];
  const { event, next } = await recordChangeIn(trx, deps, ctx, name, raw, {
    persons: [...(person ? [person] : []), ...successor],
  });
  return { event, next };
}
