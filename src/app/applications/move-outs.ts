// The origin side of completion: every mover (the applicant and the eligible companions) leaves their origin
// household in the city before anyone arrives, in the order hand-over.ts plans — members before their head, the head
// naming the member who stays on as head when others remain — all in the completion's one transaction.
import type { Transaction } from 'kysely';
import { planOriginMoveOuts } from '../../domain/applications/hand-over.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { arrivalFor, type Arrival, type ArrivingPerson, type Moving } from './arrivals.ts';
import { registrySlice } from './registry-bridge.ts';

export interface Departed {
  arrival: Arrival;
  moveOutEventId: string | null;
}

/** Move every mover out (where registered in the city); their arrivals by ID number. */
export async function moveOutAll(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  movers: readonly ArrivingPerson[],
  moving: Moving,
  newHeadPersonId: string | undefined,
): Promise<Map<string, Departed>> {
  const ids = movers.map((m) => m.idNumber);
  const plan = planOriginMoveOuts(await registrySlice(trx, { idNumbers: ids }), ids, newHeadPersonId);
  const ordered = [...plan.order, ...ids.filter((id) => !plan.order.includes(id))];
  const departed = new Map<string, Departed>();
  for (const idNumber of ordered) {
    const mover = movers.find((m) => m.idNumber === idNumber)!;
    const handsOver = plan.handOver?.headIdNumber === idNumber;
    departed.set(
      idNumber,
      await arrivalFor(trx, deps, ctx, mover, {
        ...moving,
        ...(handsOver ? { newHeadPersonId: plan.handOver!.newHeadPersonId } : {}),
      }),
    );
  }
  return departed;
}
