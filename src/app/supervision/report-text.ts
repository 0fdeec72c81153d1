// Words of the exported report shared by the PDF and the XLSX (one place, so both say the same).
import { TASK_STATUS_NAMES } from '../../domain/supervision/status.ts';
import type { IndicatorView } from '../../domain/supervision/schema.ts';
import type { PeriodRow, SupervisionReport } from './report-model.ts';

export const REPORT_TITLE = '昭通市户籍制度改革任务督查报告';

export const TASK_COLUMNS: { header: string; width: number; value: (r: PeriodRow) => string | number }[] = [
  { header: '编号', width: 8, value: (r) => r.id },
  { header: '任务', width: 30, value: (r) => r.title },
  { header: '牵头单位', width: 18, value: (r) => r.lead },
  { header: '责任单位', width: 30, value: (r) => r.responsible },
  { header: '完成期限', width: 12, value: (r) => r.dueOn },
  { header: '进度(%)', width: 8, value: (r) => r.percent },
  { header: '状态', width: 8, value: (r) => TASK_STATUS_NAMES[r.status] },
  { header: '本期报送', width: 8, value: (r) => r.filed },
  { header: '本期采纳', width: 8, value: (r) => r.accepted },
  { header: '本期退回', width: 8, value: (r) => r.returned },
];

export function periodLine(r: SupervisionReport): string {
  return `统计期间：${r.from} 至 ${r.to}（指标取期末值）`;
}

/** One indicator's value in words: its parts, its target, or that it is not measured yet. */
export function indicatorText(i: IndicatorView): string {
  if (i.state === 'not-yet-measured') return `尚未计量：${i.reason ?? ''}`;
  const parts = (i.parts ?? []).map((p) => `${p.label} ${p.value}${p.unit}`).join('；');
  return i.target ? `${parts}；${i.target.label} ${i.target.value}${i.target.unit}` : parts;
}

export function statusSummary(r: SupervisionReport): string {
  const tasks = r.rows.filter((x) => x.level === 'task');
  const by = (s: PeriodRow['status']) => tasks.filter((t) => t.status === s).length;
  return `任务 ${tasks.length} 项：已完成 ${by('done')}，推进中 ${by('in-progress')}，未开始 ${by('not-started')}，已逾期 ${by('overdue')}`;
}
