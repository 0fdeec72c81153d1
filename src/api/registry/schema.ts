// Request and response schemas of the registry API. The command bodies are the domain's schemas (one per
// endpoint, shared with the CLI and the web forms); responses are described loosely for OpenAPI.
import { z } from 'zod';
import { COMMAND_SCHEMAS, type CommandName } from '../../domain/registry/commands.ts';

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

const record = z.record(z.string(), z.unknown());

export const changeResponse = z.object({
  event: record,
  persons: z.array(record),
  households: z.array(record),
});
export const personIdParams = z.object({ personId: z.uuid('人员编号格式无效') });
export const householdIdParams = z.object({ householdId: z.uuid('户编号格式无效') });
export const idNumberParams = z.object({ idNumber: z.string().min(1).max(18) });
export const searchQuery = z.object({ q: z.string().trim().min(1, '请输入身份号码、姓名或拼音').max(50) });
export const lookupResponse = z.object({ idNumber: z.string(), check: record, persons: z.array(record) });
export const searchResponse = z.object({ query: record, persons: z.array(record) });
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

export { revealSchema as revealBody } from '../../app/registry/reveal-person.ts';
export const revealResponse = z.object({ personId: z.string(), values: record });
