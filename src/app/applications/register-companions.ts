// Companions (随迁) at completion: each companion the decision found eligible moves into the household the
// applicant joined or founded, with their GB/T 4761 relation to its head, in the completion's transaction
// (through the registry's own commands). A companion the decision refused is not registered. They left their origin
// before anyone arrived (move-outs.ts).
import type { Transaction } from 'kysely';
import type { ApplicationInput } from '../../domain/applications/index.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import type { Moving } from './arrivals.ts';
import type { Departed } from './move-outs.ts';
import { applyRegistryCommand, registrySlice } from './registry-bridge.ts';

export interface RegisteredCompanion {
  index: number;
  idNumber: string;
  moveInEventId: string;
  moveOutEventId: string | null;
}

/** Indexes of the companions the (latest) decision found eligible. */
export function eligibleCompanions(
  input: ApplicationInput,
  decision: SettlementDecision | undefined,
): number[] {
  return input.companions.flatMap((_, i) =>
    decision?.companions.find((c) => c.index === i)?.eligible ? [i] : [],
  );
}

export async function registerCompanions(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  input: ApplicationInput,
  decision: SettlementDecision | undefined,
  householdId: string,
  moving: Moving & { from: string },
  departed: ReadonlyMap<string, Departed>,
): Promise<RegisteredCompanion[]> {
  const done: RegisteredCompanion[] = [];
  for (const index of eligibleCompanions(input, decision)) {
    const c = input.companions[index]!;
    const { arrival, moveOutEventId } = departed.get(c.idNumber)!;
    const household = (await registrySlice(trx, { householdIds: [householdId] })).households.get(householdId);
    const moveIn = await applyRegistryCommand(trx, deps, ctx, 'move-in', {
      householdId,
      version: household?.version ?? 1,
      relation: c.headRelation,
      arrival,
      from: moving.from,
      legalBasis: moving.legalBasis,
      reason: `${moving.reason}（随迁）`,
    });
    done.push({ index, idNumber: c.idNumber, moveInEventId: moveIn.event.eventId, moveOutEventId });
  }
  return done;
}
