// The shape of a supervision report for a period: built by export-report.ts, rendered by report-pdf.ts and
// report-xlsx.ts (kept apart so the renderers depend on the shape, not on the code that builds it).
import type { IndicatorView, TaskView } from '../../domain/supervision/schema.ts';

export interface PeriodRow {
  id: string;
  level: 'task' | 'sub-item';
  title: string;
  lead: string;
  responsible: string;
  dueOn: string;
  percent: number;
  status: TaskView['status'];
  filed: number;
  accepted: number;
  returned: number;
}

export interface SupervisionReport {
  from: string;
  to: string;
  rows: PeriodRow[];
  indicators: IndicatorView[];
}

export type { IndicatorView };
