// Request and response schemas of /api/v1/registry. The command bodies are the commands' own schemas (one per
// endpoint, shared with the CLI and the web forms); the records in the answers are described loosely (their fields
// depend on the reader's view, src/domain/access/views.ts).
import { z } from 'zod';
import { openObject } from '../open-object.ts';
import { PERSON_FIELDS } from '../access/field-scopes.ts';
import { COMMAND_SCHEMAS, type CommandName } from './commands.ts';

/** POST path → the command it records. */
export const COMMAND_ROUTES: ReadonlyArray<{ path: string; command: CommandName; summary: string }> = [
  { path: 'births', command: 'register-birth', summary: '出生登记 / register a birth' },
  { path: 'deaths', command: 'record-death', summary: '死亡注销 / record a death' },
  { path: 'move-ins', command: 'move-in', summary: '迁入 / move in' },
  { path: 'move-outs', command: 'move-out', summary: '迁出 / move out' },
  { path: 'households', command: 'create-household', summary: '立户 / create a household' },
  { path: 'splits', command: 'split-household', summary: '分户 / split a household' },
  { path: 'head-changes', command: 'change-head', summary: '变更户主 / change the head' },
  { path: 'corrections', command: 'correct-item', summary: '项目更正 / correct an item' },
  { path: 'cancellations', command: 'cancel-hukou', summary: '注销户口 / cancel a hukou' },
];

export { COMMAND_SCHEMAS };

/** A record as the reader's view shows it. `any` values so the repositories' row interfaces fit without casts. */
const record = z.record(z.string(), z.any());

export const changeResponse = z.object({
  event: record,
  persons: z.array(record),
  households: z.array(record),
});
export const personIdParams = z.object({ personId: z.uuid('人员编号格式无效') });
export const householdIdParams = z.object({ householdId: z.uuid('户编号格式无效') });
export const idNumberParams = z.object({ idNumber: z.string().min(1).max(18) });
/** Search results per page by default, and at most; a total is counted up to SEARCH_COUNT_CAP. */
export const SEARCH_PAGE_SIZE = 50;
export const SEARCH_PAGE_SIZE_MAX = 100;
export const SEARCH_COUNT_CAP = 10_000;
export const searchQuery = z.object({
  q: z.string().trim().min(1, '请输入身份号码、姓名或拼音').max(50),
  page: z.coerce
    .number()
    .int('页码应为整数')
    .min(1, '页码从1开始')
    .max(SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE_MAX + 100, '页码过大，请缩小查找范围')
    .default(1),
  pageSize: z.coerce.number().int().min(1).max(SEARCH_PAGE_SIZE_MAX).default(SEARCH_PAGE_SIZE),
});
export const lookupResponse = z.object({ idNumber: z.string(), check: record, persons: z.array(record) });
export const searchResponse = z.object({
  query: record,
  persons: z.array(record),
  /** How many persons match (at most SEARCH_COUNT_CAP; `capped` says there are more). */
  total: z.number(),
  capped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
});
export const personResponse = z.object({
  person: record,
  household: record.nullable(),
  memberships: z.array(record),
  events: z.array(record),
});
export const householdResponse = z.object({
  household: record,
  members: z.array(record),
  memberships: z.array(record),
  events: z.array(record),
});
export const divisionsQuery = z.object({
  prefix: z.string().regex(/^\d{6,12}$/, '区划代码前缀须为6–12位数字'),
});

/** Long enough to say what for (e.g. "核对入学资格"), short enough for a form field. */
export const PURPOSE_MIN = 4;

export const revealSchema = z.strictObject({
  fields: z
    .array(z.enum(PERSON_FIELDS, '未知的信息项目'))
    .min(1, '请选择要查看的项目')
    .max(PERSON_FIELDS.length),
  purpose: z
    .string()
    .trim()
    .min(PURPOSE_MIN, `请说明查看目的（至少${PURPOSE_MIN}个字）`)
    .max(200, '查看目的不超过200字'),
});
export type RevealInput = z.infer<typeof revealSchema>;
export const revealResponse = z.object({ personId: z.string(), values: record });

export const codeTablesResponse = openObject({
  sex: z.record(z.string(), z.string()),
  ethnicity: z.record(z.string(), z.string()),
  relationship: z.record(z.string(), z.string()),
});
export const divisionUnitsResponse = z.object({
  units: z.array(z.object({ code: z.string(), name: z.string(), urbanRuralCode: z.string().nullable() })),
});
