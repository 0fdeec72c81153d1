// Record one change to the register: parse the command, load the slice it concerns, let the domain decide
// (decide-change.ts), and write the event, the projection and the audit row in one statement. Two entries: recordChange
// commits the change on its own, grouped with concurrent ones; recordChangeIn writes it inside a caller's open
// transaction, so the caller's own rows (a finding, an application's event, their audit rows) commit with it or not at
// all. A refused change writes nothing either way.
import type { Transaction } from 'kysely';
import { mayWriteAtAll, type ScopeGrant } from '../../domain/access/write-scope.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import { parseCommand, type CommandName, type RegistryState } from '../../domain/registry/index.ts';
import { registryDatabaseError } from '../../db/repositories/registry/errors.ts';
import { writeEventGrouped } from '../../db/repositories/registry/group-write.ts';
import { writeEventIn } from '../../db/repositories/registry/projection.ts';
import { loadSlice, loadSliceCoalesced } from '../../db/repositories/registry/slice.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { decideChange, FORBIDDEN, sliceRequestFor, type ChangeResult } from './decide-change.ts';

export type { ChangeResult } from './decide-change.ts';

/** Deadlocks between concurrent changes are retried this many times (each retry decides afresh). */
export const DEADLOCK_RETRIES = 3;

function parseWritable(ctx: RequestContext, name: CommandName, raw: unknown) {
  const command = parseCommand(name, raw);
  if (!mayWriteAtAll(ctx.principal)) throw new DomainError('forbidden', FORBIDDEN);
  return command;
}

// No explicit transaction: the slice is read by one statement and the whole change is written by another
// (writeEventGrouped: one statement, atomic). Both go together with those of concurrent callers — slices in one
// read, changes in one transaction with a savepoint each — so a round trip and a commit serve many changes. Reads
// inside a READ COMMITTED transaction would see no more than this — each statement takes its own snapshot and the
// slice takes no locks — so what keeps a decision safe is the same either way: the version guard on every row
// written and the unique indexes.
export async function recordChange(
  deps: AppDeps,
  ctx: RequestContext,
  name: CommandName,
  raw: unknown,
): Promise<ChangeResult> {
  const command = parseWritable(ctx, name, raw);
  const { db } = deps.database;
  for (let tries = 0; ; tries++) {
    try {
      const loaded = await loadSliceCoalesced(db, sliceRequestFor(command));
      const change = await decideChange(db, deps, ctx, command, loaded);
      await writeEventGrouped(db, change.before, change.next, change.event, change.audit);
      deps.onRegistryChange?.();
      return change.result;
    } catch (e) {
      if (isDomainError(e)) throw e;
      const mapped = registryDatabaseError(e);
      const retry = (e as { code?: string }).code === '40P01' && tries < DEADLOCK_RETRIES;
      if (!retry) throw mapped;
    }
  }
}

/**
 * The same change written inside the caller's transaction (same parse, write scope, decision and audit row). It
 * commits with the caller's other writes; the caller retries a deadlock as a whole (inTransaction) and tells
 * deps.onRegistryChange after its commit. `grant`: see decideChange.
 */
export async function recordChangeIn(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  name: CommandName,
  raw: unknown,
  grant?: ScopeGrant,
): Promise<ChangeResult & { next: RegistryState }> {
  const command = parseWritable(ctx, name, raw);
  const loaded = await loadSlice(trx, sliceRequestFor(command));
  const change = await decideChange(trx, deps, ctx, command, loaded, grant);
  await writeEventIn(trx, change.before, change.next, change.event, change.audit);
  return { ...change.result, next: change.next };
}
