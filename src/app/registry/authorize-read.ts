// Who reads the register, and through which view (T13.2). Police roles (and the CLI operator) read full records
// within their jurisdiction; a department officer or a department system's token reads through its department's
// field scope; anyone else is refused. Every refusal writes its audit row before the error leaves, so a failed
// attempt is on the record too.
import { mayAct } from '../../domain/access/roles.ts';
import { principalCovers, principalMay, staffActor } from '../../domain/access/principal.ts';
import { viewOfDepartment, type DepartmentView } from '../../domain/access/views.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';

export interface ReadAttempt {
  resourceType: 'person' | 'household';
  resourceId: string | null;
  countyCode?: string | null;
  /** The persons the attempt aimed at, when known (a refused read still shows in their access log). */
  personIds?: readonly string[];
  detail?: Record<string, unknown>;
}

export const REFUSED = 'registry.read.refused';

export async function auditRefusal(
  deps: AppDeps,
  ctx: RequestContext,
  a: ReadAttempt,
  reason: string,
  purpose?: string,
) {
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: REFUSED,
    resourceType: a.resourceType,
    resourceId: a.resourceId,
    countyCode: a.countyCode ?? null,
    personIds: a.personIds ?? null,
    purpose: purpose ?? null,
    detail: { reason, ...a.detail },
  });
}

async function refuse(
  deps: AppDeps,
  ctx: RequestContext,
  a: ReadAttempt,
  reason: string,
  message: string,
): Promise<never> {
  await auditRefusal(deps, ctx, a, reason);
  throw new DomainError('forbidden', message);
}

/**
 * The view the reader gets: null for full records, a department view otherwise. Refused (audited, 403) when the role
 * may not read the register, the department has no scope, or the view holds nothing of the resource asked for.
 */
export async function readerView(
  deps: AppDeps,
  ctx: RequestContext,
  a: ReadAttempt,
  options: { departments?: boolean } = {},
): Promise<DepartmentView | null> {
  if (ctx.principal.kind === 'public') throw new DomainError('unauthenticated', '请先登录 / please log in');
  if (principalMay(ctx.principal, 'registry.read')) return null;
  const actor = staffActor(ctx.principal);
  if (!actor || !mayAct(actor, 'registry.read.department')) {
    return refuse(deps, ctx, a, 'role', '无权查询户籍信息 / not permitted to read the register');
  }
  const view = viewOfDepartment(actor.department);
  if (!view)
    return refuse(
      deps,
      ctx,
      a,
      'no-scope',
      '本部门没有可共享的户籍信息项目 / your department has no view of the register',
    );
  if (options.departments === false) {
    return refuse(
      deps,
      ctx,
      a,
      'endpoint',
      '部门视图不提供模糊查找，请按公民身份号码查询 / departments look up by ID number',
    );
  }
  if (a.resourceType === 'household' && view.scope.household.length === 0) {
    return refuse(
      deps,
      ctx,
      a,
      'no-field',
      "本部门的共享范围不含户的信息 / your department's view holds no household items",
    );
  }
  return view;
}

/** Within the reader's jurisdiction (the CLI operator's is the whole city; the public's is none). */
export function mayRead(ctx: RequestContext, divisionCode: string | null | undefined): boolean {
  return divisionCode != null && principalCovers(ctx.principal, divisionCode);
}
