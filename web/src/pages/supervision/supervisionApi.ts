// The supervision API as the pages use it (/api/v1/tasks, /api/v1/supervision; src/api/supervision/route.ts). The
// types are the API's own schemas (src/domain/supervision/schema.ts).
import { api } from '../../api/client.ts';
import type {
  FileReportInput,
  IndicatorView,
  ReportActionInput,
  ReportView,
  TaskView,
  TasksResponse,
} from '../../../../src/domain/supervision/schema.ts';

export type { IndicatorView, ReportView, TaskView };

export interface TimelineEntry {
  at: string;
  kind: 'report' | 'due-date';
  itemId: string;
  action: string;
  unitCode: string | null;
  actorUsername: string | null;
  dueOn?: string;
  rating?: number | null;
}

export const supervisionApi = {
  tasks: () => api.get<TasksResponse>('/api/v1/tasks'),
  task: (id: string) => api.get<TaskView>(`/api/v1/tasks/${encodeURIComponent(id)}`),
  reports: (id: string) =>
    api.get<{ items: ReportView[] }>(`/api/v1/tasks/${encodeURIComponent(id)}/reports`),
  file: (id: string, body: FileReportInput) =>
    api.post<ReportView>(`/api/v1/tasks/${encodeURIComponent(id)}/reports`, body),
  act: (id: string, reportId: number, body: ReportActionInput) =>
    api.post<ReportView>(`/api/v1/tasks/${encodeURIComponent(id)}/reports/${reportId}/actions`, body),
  setDueDate: (id: string, body: { dueOn: string; reason: string }) =>
    api.post<{ id: string; dueOn: string }>(`/api/v1/tasks/${encodeURIComponent(id)}/due-date`, body),
  indicators: () => api.get<{ items: IndicatorView[] }>('/api/v1/supervision/indicators'),
  timeline: () => api.get<{ items: TimelineEntry[] }>('/api/v1/supervision/timeline?limit=50'),
  exportUrl: (from: string, to: string, format: 'pdf' | 'xlsx') =>
    `/api/v1/supervision/export?from=${from}&to=${to}&format=${format}`,
};
