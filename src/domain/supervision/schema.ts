// The contracts of /api/v1/tasks and /api/v1/supervision (W1, W2): request and response schemas used by the routes,
// the use cases, the CLI and the web (web/src/pages/supervision/). Pure: zod and the domain only.
import { z } from 'zod';
import { openObject } from '../open-object.ts';
import { INDICATOR_IDS } from './indicators.ts';
import { REPORT_ACTIONS, REPORT_STATES } from './reports.ts';
import { TASK_STATUSES } from './status.ts';

const isoDate = z.iso.date({ error: '不是有效日期（YYYY-MM-DD） / not a date' });

export const taskIdParams = z.object({
  id: z.string().regex(/^T\d{1,2}(\.\d)?$/, '任务编号如 T4、T10.1 / a task id such as T4 or T10.1'),
});
export const reportParams = taskIdParams.extend({ reportId: z.coerce.number().int().positive() });

export const asOfQuery = z.object({ asOf: isoDate.optional() });

const unitRef = z.object({ code: z.string(), name: z.string() });
const itemView = {
  id: z.string(),
  title: z.string(),
  where: z.string(),
  leadUnits: z.array(unitRef),
  responsibleUnits: z.array(unitRef),
  leadUnitsText: z.string().nullable(),
  responsibleUnitsText: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  dueOn: isoDate,
  percent: z.number(),
};
export const subItemSchema = openObject(itemView);
export const taskSchema = openObject({ ...itemView, subItems: z.array(subItemSchema) });
export type TaskView = z.infer<typeof taskSchema>;
export const tasksResponse = z.object({ today: isoDate, items: z.array(taskSchema) });
export type TasksResponse = z.infer<typeof tasksResponse>;

// ── reports ──
const text = z.string().trim().min(4, '至少 4 个字 / at least 4 characters').max(4000);
const attachment = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** Where the document is kept (file number, OA document id or URL): files are not uploaded here. */
  reference: z.string().trim().min(1).max(500),
});
const percent = z.number().int('百分比为整数 / whole percent').min(0).max(100);

export const fileReportSchema = z.strictObject({
  text,
  percent,
  attachments: z.array(attachment).max(20).default([]),
  indicators: z.array(z.enum(INDICATOR_IDS)).max(INDICATOR_IDS.length).default([]),
});
export type FileReportInput = z.input<typeof fileReportSchema>;

const version = z.number().int().min(1);
export const reportActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), version, reason: z.string().trim().max(1000).optional() }),
  z.strictObject({ action: z.literal('return'), version, reason: z.string().trim().min(2).max(1000) }),
  z.strictObject({ action: z.literal('refile'), version, ...fileReportSchema.shape }),
  z.strictObject({ action: z.literal('comment'), version, reason: z.string().trim().min(2).max(2000) }),
  z.strictObject({
    action: z.literal('rate'),
    version,
    rating: z.number().int().min(1).max(5),
    reason: z.string().trim().max(1000).optional(),
  }),
]);
export type ReportActionInput = z.input<typeof reportActionSchema>;

export const reportEventSchema = openObject({
  seq: z.number(),
  action: z.enum(REPORT_ACTIONS),
  fromState: z.enum(REPORT_STATES).nullable(),
  toState: z.enum(REPORT_STATES),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  unitCode: z.string().nullable(),
  reason: z.string().nullable(),
  rating: z.number().nullable(),
  at: z.string(),
});
export const reportSchema = openObject({
  reportId: z.number(),
  itemId: z.string(),
  taskId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  state: z.enum(REPORT_STATES),
  version: z.number(),
  percent: z.number(),
  text: z.string(),
  attachments: z.array(attachment),
  indicators: z.array(z.string()),
  rating: z.number().nullable(),
  filedAt: z.string(),
  events: z.array(reportEventSchema),
});
export type ReportView = z.infer<typeof reportSchema>;
export const reportsResponse = z.object({ items: z.array(reportSchema) });

// ── due dates (the supervision office) ──
export const dueDateSchema = z.strictObject({
  dueOn: isoDate,
  reason: z.string().trim().min(2).max(500),
});
export const dueDateResponse = z.object({ id: z.string(), dueOn: isoDate });

// ── timeline, indicators, export ──
export const timelineQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const timelineResponse = z.object({
  items: z.array(
    openObject({
      at: z.string(),
      kind: z.enum(['report', 'due-date']),
      itemId: z.string(),
      action: z.string(),
      unitCode: z.string().nullable(),
      actorUsername: z.string().nullable(),
    }),
  ),
});

const part = z.object({ label: z.string(), value: z.number(), unit: z.string() });
export const indicatorValueSchema = openObject({
  id: z.enum(INDICATOR_IDS),
  name: z.string(),
  clause: z.string(),
  method: z.string(),
  state: z.enum(['measured', 'not-yet-measured']),
  asOf: isoDate,
  parts: z.array(part).optional(),
  target: part.optional(),
  reason: z.string().optional(),
});
export type IndicatorView = z.infer<typeof indicatorValueSchema>;
export const indicatorsResponse = z.object({ items: z.array(indicatorValueSchema) });

export const exportQuery = z
  .object({ from: isoDate, to: isoDate, format: z.enum(['pdf', 'xlsx']) })
  // Compared only when both are dates, so a bad date is named once, as itself.
  .refine((q) => Number.isNaN(Date.parse(q.from)) || Number.isNaN(Date.parse(q.to)) || q.from <= q.to, {
    path: ['to'],
    message: '结束日期不能早于开始日期 / to before from',
  });
export type ExportQuery = z.infer<typeof exportQuery>;
