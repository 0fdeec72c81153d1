// The reports of a task (all its sub-items) or a sub-item, with their history: for the supervision readers and the
// officers of the item's units. The board itself (statuses, no report text) is for everyone.
import { mayReadReports } from '../../domain/supervision/access.ts';
import { DomainError } from '../../domain/errors.ts';
import { findTask } from '../../domain/supervision/tasks.ts';
import { timelineQuery } from '../../domain/supervision/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { listReports, loadReport } from '../../db/repositories/supervision/reports.ts';
import { timeline } from '../../db/repositories/supervision/board.ts';
import { requirePermitted, requireStaff, type AppDeps, type RequestContext } from '../context.ts';
import { anyItem } from './item-access.ts';
import { toReportView } from './report-view.ts';

export async function listItemReports(deps: AppDeps, ctx: RequestContext, id: string) {
  requirePermitted(ctx, 'supervision.board');
  const actor = requireStaff(ctx);
  const item = anyItem(id);
  if (!mayReadReports(actor, item))
    throw new DomainError(
      'forbidden',
      '报送内容仅限督查人员和该任务的牵头、责任单位查看 / reports are for the supervisors and the task’s units',
    );
  const ids = [item.id, ...(findTask(id)?.subItems.map((s) => s.id) ?? [])];
  const rows = await listReports(deps.database.db, ids);
  return { items: rows.map(toReportView) };
}

export async function loadReportView(deps: AppDeps, reportId: number) {
  const { db } = deps.database;
  const row = (await loadReport(db, reportId))!;
  const rows = await listReports(db, [row.item_id]);
  return toReportView(rows.find((r) => Number(r.report_id) === reportId)!);
}

export async function showTimeline(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  requirePermitted(ctx, 'supervision.board');
  const { limit } = parseOrThrow(timelineQuery, raw);
  return { items: await timeline(deps.database.db, limit) };
}
