// A resident sees who read their record and when (T13.2: personal data shared by need, and the person can check it).
// Identity is shown with the ID number and a settlement application or permit number of theirs — as public tracking
// does. A wrong pair answers exactly as an unknown one (no oracle). The request itself is audited, and so appears in
// the log it returns.
import { ROLE_NAMES, type Role } from '../../domain/access/roles.ts';
import { normaliseNumber } from '../../domain/applications/index.ts';
import { accessLogQuerySchema } from '../../domain/access-log/schema.ts';
import { CITY_CODE, CITY_NAME, divisionPath } from '../../domain/divisions/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { PUBLIC } from '../../domain/access/principal.ts';
import {
  accessRows,
  numberBelongsTo,
  personIdsOf,
  type AccessRow,
} from '../../db/repositories/access-log.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';

export const PAGE_SIZE = 20;

const ACTION_NAMES: Record<string, string> = {
  'registry.lookup': '按公民身份号码查询',
  'registry.search': '查找',
  'registry.read': '查阅户籍档案',
  'registry.reveal': '查看完整姓名或号码',
  'registry.read.refused': '查询被拒绝',
  // Changes to the record (registry events; their audit rows name every person touched, 0603).
  'registry.birth-registered': '出生登记',
  'registry.death-recorded': '死亡注销',
  'registry.moved-in': '迁入登记',
  'registry.moved-out': '迁出登记',
  'registry.household-created': '立户',
  'registry.household-split': '分户',
  'registry.head-changed': '变更户主',
  'registry.item-corrected': '项目更正',
  'registry.hukou-cancelled': '注销户口',
  'access-log.read': '本人查询访问记录',
  'access-log.refused': '以本人身份号码查询访问记录未通过核验',
};

/** The reader's unit: a department, or the police unit of the jurisdiction; never the person's username. */
function unitOf(r: AccessRow): string {
  if (r.department) return r.department;
  if (!r.jurisdiction) return r.action.startsWith('access-log') ? '本人（网上查询）' : '系统运维';
  if (r.jurisdiction === CITY_CODE) return `${CITY_NAME}公安局`;
  return divisionPath(r.jurisdiction).join(' ') || r.jurisdiction;
}

export async function showAccessLog(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const q = parseOrThrow(accessLogQuerySchema, raw);
  const db = deps.database.db;
  const [owns, personIds] = await Promise.all([
    numberBelongsTo(db, normaliseNumber(q.applicationNo), q.idNumber),
    personIdsOf(db, q.idNumber),
  ]);
  const who = { ...auditActor({ ...ctx, principal: PUBLIC }), resourceType: 'access-log', personIds };
  if (!owns) {
    await recordAudit(db, { ...who, action: 'access-log.refused', detail: { reason: 'no-match' } });
    throw new DomainError(
      'not-found',
      '未找到记录，请核对身份证号码和申请编号 / nothing found for this ID number and number',
    );
  }
  await recordAudit(db, { ...who, action: 'access-log.read', purpose: '本人查询' });
  const { rows, total } = personIds.length
    ? await accessRows(db, personIds, PAGE_SIZE, (q.page - 1) * PAGE_SIZE)
    : { rows: [], total: 0 };
  return {
    total,
    page: q.page,
    pageSize: PAGE_SIZE,
    entries: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      unit: unitOf(r),
      role: r.actor_role,
      roleName: r.via_token ? '部门系统（接口）' : (ROLE_NAMES[r.actor_role as Role]?.['zh-CN'] ?? null),
      action: r.action,
      actionName: ACTION_NAMES[r.action] ?? r.action,
      purpose: r.purpose,
    })),
  };
}
