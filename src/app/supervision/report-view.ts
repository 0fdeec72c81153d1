// A report as the API shows it: the current row and its history.
import type { listReports } from '../../db/repositories/supervision/reports.ts';
import type { ReportView } from '../../domain/supervision/schema.ts';

type Row = Awaited<ReturnType<typeof listReports>>[number];

export function toReportView(r: Row): ReportView {
  return {
    reportId: Number(r.report_id),
    itemId: r.item_id,
    taskId: r.task_id,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    state: r.state as ReportView['state'],
    version: r.version,
    percent: r.percent,
    text: r.text,
    attachments: r.attachments as ReportView['attachments'],
    indicators: r.indicators,
    rating: r.rating,
    filedAt: r.filed_at.toISOString(),
    events: r.events.map((e) => ({
      seq: e.seq,
      action: e.action as ReportView['events'][number]['action'],
      fromState: e.from_state as ReportView['state'] | null,
      toState: e.to_state as ReportView['state'],
      actorUsername: e.actor_username,
      actorRole: e.actor_role,
      unitCode: e.unit_code,
      reason: e.reason,
      rating: e.rating,
      detail: e.detail,
      at: e.at.toISOString(),
    })),
  };
}
