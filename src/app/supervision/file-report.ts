// A unit files a progress report on a task or sub-item (W2): its officer, for their own unit, on an item that names
// the unit as lead or responsible. The report, its first event and the audit row commit together.
import { mayTakeReportAction, unitCodeOf } from '../../domain/supervision/access.ts';
import { DomainError } from '../../domain/errors.ts';
import { fileReportSchema, type ReportView } from '../../domain/supervision/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { insertReport, insertReportEvent } from '../../db/repositories/supervision/reports.ts';
import { auditActor, requirePermitted, requireStaff, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { leafItem, NOT_YOUR_UNIT } from './item-access.ts';
import { loadReportView } from './list-reports.ts';

export async function fileReport(
  deps: AppDeps,
  ctx: RequestContext,
  itemId: string,
  raw: unknown,
): Promise<ReportView> {
  requirePermitted(ctx, 'supervision.report', undefined, NOT_YOUR_UNIT);
  const actor = requireStaff(ctx);
  const item = leafItem(itemId);
  const unit = unitCodeOf(actor);
  if (!unit || !mayTakeReportAction(actor, 'file', item, null))
    throw new DomainError('forbidden', NOT_YOUR_UNIT);
  const input = parseOrThrow(fileReportSchema, raw);
  const at = deps.now();
  const reportId = await inTransaction(deps, async (trx) => {
    const id = await insertReport(trx, {
      item_id: item.id,
      task_id: item.taskId,
      unit_code: unit,
      state: 'filed',
      percent: input.percent,
      text: input.text,
      attachments: JSON.stringify(input.attachments),
      indicators: input.indicators,
      rating: null,
      filed_by: actor.token ? null : actor.id,
      filed_at: at,
      updated_at: at,
    });
    const who = auditActor(ctx);
    await insertReportEvent(trx, {
      report_id: id,
      item_id: item.id,
      seq: 1,
      action: 'file',
      from_state: null,
      to_state: 'filed',
      actor_id: who.actorId,
      actor_username: who.actorUsername,
      actor_role: who.actorRole,
      unit_code: unit,
      reason: null,
      rating: null,
      detail: input,
      at,
    });
    await recordAudit(trx, {
      ...who,
      action: 'supervision.report.file',
      resourceType: 'supervision-report',
      resourceId: String(id),
      detail: { itemId: item.id, unit, percent: input.percent },
    });
    return id;
  });
  return loadReportView(deps, reportId);
}
