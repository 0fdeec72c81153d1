// The supervision office sets the due date of a task or sub-item (W2); the plan's own date (supervision.dueOn) holds
// until it does. Each setting is kept (append-only) with its reason, and audited in the same transaction.
import { dueDateSchema } from '../../domain/supervision/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { insertDueDate } from '../../db/repositories/supervision/board.ts';
import { auditActor, requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { anyItem } from './item-access.ts';

export async function setDueDate(deps: AppDeps, ctx: RequestContext, itemId: string, raw: unknown) {
  requirePermitted(ctx, 'supervision.schedule');
  const item = anyItem(itemId);
  const input = parseOrThrow(dueDateSchema, raw);
  await inTransaction(deps, async (trx) => {
    const who = auditActor(ctx);
    await insertDueDate(trx, {
      item_id: item.id,
      due_on: input.dueOn,
      reason: input.reason,
      set_by: who.actorUsername,
      set_at: deps.now(),
    });
    await recordAudit(trx, {
      ...who,
      action: 'supervision.due-date',
      resourceType: 'supervision-item',
      resourceId: item.id,
      detail: input,
    });
  });
  return { id: item.id, dueOn: input.dueOn };
}
