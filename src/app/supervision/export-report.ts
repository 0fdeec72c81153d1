// The supervision report for a period (W2), exported as PDF or XLSX: every task and sub-item with its units, due
// date, accepted progress and status at the period's end, the reports filed, accepted and returned within the
// period, and the live indicators at the period's end (or "not yet measured").
import { exportQuery, type TaskView } from '../../domain/supervision/schema.ts';
import type { PeriodRow, SupervisionReport } from './report-model.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { periodCounts } from '../../db/repositories/supervision/board.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { boardAsOf } from './board.ts';
import { endOfDay } from './days.ts';
import { measureIndicators } from './indicators.ts';
import { renderSupervisionPdf } from './report-pdf.ts';
import { renderSupervisionXlsx } from './report-xlsx.ts';

const names = (units: { name: string }[], text: string | null) => text ?? units.map((u) => u.name).join('、');

export async function buildSupervisionReport(
  deps: Pick<AppDeps, 'database' | 'policy' | 'now'>,
  from: string,
  to: string,
): Promise<SupervisionReport> {
  const db = deps.database.db;
  const tasks = await boardAsOf(db, deps.policy.parameters, to);
  const counts = await periodCounts(db, new Date(`${from}T00:00:00Z`), endOfDay(to));
  const count = (ids: string[], action: string) =>
    counts.filter((c) => ids.includes(c.itemId) && c.action === action).reduce((s, c) => s + c.count, 0);
  const row = (t: TaskView | TaskView['subItems'][number], level: PeriodRow['level'], ids: string[]) => ({
    id: t.id,
    level,
    title: t.title,
    lead: names(t.leadUnits, t.leadUnitsText),
    responsible: names(t.responsibleUnits, t.responsibleUnitsText),
    dueOn: t.dueOn,
    percent: t.percent,
    status: t.status,
    filed: count(ids, 'file') + count(ids, 'refile'),
    accepted: count(ids, 'accept'),
    returned: count(ids, 'return'),
  });
  const rows = tasks.flatMap((t) => [
    row(t, 'task', [t.id, ...t.subItems.map((s) => s.id)]),
    ...t.subItems.map((s) => row(s, 'sub-item', [s.id])),
  ]);
  return { from, to, rows, indicators: await measureIndicators(deps, to) };
}

export async function exportSupervisionReport(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  requirePermitted(ctx, 'supervision.board');
  const q = parseOrThrow(exportQuery, raw);
  const report = await buildSupervisionReport(deps, q.from, q.to);
  const name = `督查报告-${q.from}-${q.to}`;
  return q.format === 'pdf'
    ? { body: await renderSupervisionPdf(report), type: 'application/pdf', file: `${name}.pdf` }
    : {
        body: await renderSupervisionXlsx(report),
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        file: `${name}.xlsx`,
      };
}
