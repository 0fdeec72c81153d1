// Actions on a filed report (W2): the lead unit accepts or returns it (a return needs its reason), the filing unit
// refiles a returned one, the supervisors comment and rate. The report's row is locked first; the version guards
// against a decision on a report that changed meanwhile; the row, the event and the audit row commit together.
import { mayReadReports, mayTakeReportAction, unitCodeOf } from '../../domain/supervision/access.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  actionAllowedFrom,
  nextState,
  REPORT_ACTION_NAMES,
  REPORT_STATE_NAMES,
  type ReportState,
} from '../../domain/supervision/reports.ts';
import { reportActionSchema, type ReportView } from '../../domain/supervision/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import {
  insertReportEvent,
  loadReport,
  nextSeq,
  updateReport,
} from '../../db/repositories/supervision/reports.ts';
import { auditActor, requirePermitted, requireStaff, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { leafItem, NOT_YOUR_UNIT } from './item-access.ts';
import { loadReportView } from './list-reports.ts';

function missingReport(reportId: number) {
  return new DomainError('not-found', `没有这份报送 / no such report: ${reportId}`, [
    { path: 'reportId', message: '不存在 / not found' },
  ]);
}

export async function actOnReport(
  deps: AppDeps,
  ctx: RequestContext,
  itemId: string,
  reportId: number,
  raw: unknown,
): Promise<ReportView> {
  requirePermitted(ctx, 'supervision.board');
  const actor = requireStaff(ctx);
  const item = leafItem(itemId);
  const input = parseOrThrow(reportActionSchema, raw);
  const at = deps.now();
  await inTransaction(deps, async (trx) => {
    const row = await loadReport(trx, reportId, true);
    // One who may not read the item's reports learns nothing about this one (not even that it exists).
    if (!row || row.item_id !== item.id || !mayReadReports(actor, item)) throw missingReport(reportId);
    if (!mayTakeReportAction(actor, input.action, item, row.unit_code))
      throw new DomainError('forbidden', NOT_YOUR_UNIT);
    if (row.version !== input.version)
      throw new DomainError('stale-version', '该报送已被他人处理，请刷新 / changed meanwhile', [
        { path: 'version', message: '版本已过期 / stale version' },
      ]);
    const state = row.state as ReportState;
    if (!actionAllowedFrom(input.action, state))
      throw new DomainError(
        'rule-violation',
        `报送${REPORT_STATE_NAMES[state]}，不能${REPORT_ACTION_NAMES[input.action]} / not from this state`,
        [{ path: 'action', message: `不能从 ${state} ${input.action}` }],
      );
    const to = nextState(input.action, state);
    const refiled = input.action === 'refile' ? input : null;
    await updateReport(trx, reportId, row.version, {
      state: to,
      updated_at: at,
      ...(refiled
        ? {
            text: refiled.text,
            percent: refiled.percent,
            attachments: JSON.stringify(refiled.attachments),
            indicators: refiled.indicators,
          }
        : {}),
      ...(input.action === 'rate' ? { rating: input.rating } : {}),
    });
    const who = auditActor(ctx);
    await insertReportEvent(trx, {
      report_id: reportId,
      item_id: item.id,
      seq: await nextSeq(trx, reportId),
      action: input.action,
      from_state: state,
      to_state: to,
      actor_id: who.actorId,
      actor_username: who.actorUsername,
      actor_role: who.actorRole,
      unit_code: unitCodeOf(actor),
      reason: 'reason' in input ? (input.reason ?? null) : null,
      rating: input.action === 'rate' ? input.rating : null,
      // An acceptance records the percent it accepted: progress as of any day is read from these events.
      detail: refiled ?? (input.action === 'accept' ? { percent: row.percent } : null),
      at,
    });
    await recordAudit(trx, {
      ...who,
      action: `supervision.report.${input.action}`,
      resourceType: 'supervision-report',
      resourceId: String(reportId),
      detail: { itemId: item.id, from: state, to },
    });
  });
  return loadReportView(deps, reportId);
}
