// Use cases of the work queue: list and count findings within the actor's jurisdiction, open one (with both persons
// side by side for a probable duplicate), assign and set a due date.
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { jurisdictionOf } from '../../domain/access/principal.ts';
import { assignSchema, queueQuerySchema } from '../../domain/quality/schema.ts';
import { findingCounts, listFindings, updateFinding } from '../../db/repositories/quality/findings.ts';
import { findPersonsByIdNumber } from '../../db/repositories/registry/queries.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import type { DB } from '../../db/schema.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { loadFindingFor } from './resolve-finding.ts';

/** The division whose findings the principal works on; the public works on none. */
function jurisdiction(ctx: RequestContext): string {
  const j = jurisdictionOf(ctx.principal);
  if (j === null) throw new DomainError('unauthenticated', '请先登录 / please log in');
  return j;
}

export async function listQueue(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const q = parseOrThrow(queueQuerySchema, raw);
  const j = jurisdiction(ctx);
  if (q.county && j.length >= 6 && !q.county.startsWith(j.slice(0, 6))) return { items: [], total: 0 };
  const { items, total } = await listFindings(deps.database.db, {
    jurisdiction: j,
    limit: q.limit,
    offset: q.offset,
    ...(q.code ? { code: q.code } : {}),
    ...(q.county ? { county: q.county } : {}),
    ...(q.status ? { status: q.status } : {}),
  });
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: 'quality.list',
    resourceType: 'quality-finding',
    detail: { ...q, hits: items.length },
  });
  return { items: items.map(toView), total };
}

export async function queueSummary(deps: AppDeps, ctx: RequestContext) {
  const rows = await findingCounts(deps.database.db, jurisdiction(ctx));
  return {
    counts: rows.map((r) => ({ code: r.code, county: r.county_code, status: r.status, count: Number(r.n) })),
  };
}

export function toView(r: Awaited<ReturnType<typeof loadFindingFor>>) {
  return {
    findingId: r.finding_id,
    code: r.code,
    countyCode: r.county_code,
    idNumbers: r.id_numbers,
    householdNos: r.household_nos,
    detail: r.detail as Record<string, unknown>,
    clauses: r.clauses,
    status: r.status,
    assigneeId: r.assignee_id,
    dueOn: r.due_on,
    firstFoundAt: r.first_found_at,
    resolution: r.resolution,
    version: r.version,
  };
}

/** One finding with the persons it names (both, side by side, for a probable duplicate); the read is audited. */
export async function openFinding(deps: AppDeps, ctx: RequestContext, findingId: number) {
  const finding = await loadFindingFor(deps, ctx, findingId);
  const persons = (
    await Promise.all(finding.id_numbers.map((id) => findPersonsByIdNumber(deps.database.db, id, '')))
  ).flat();
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: 'quality.read',
    resourceType: 'quality-finding',
    resourceId: String(findingId),
    countyCode: finding.county_code,
  });
  return { finding: toView(finding), persons };
}

export async function assignFinding(deps: AppDeps, ctx: RequestContext, findingId: number, raw: unknown) {
  const input = parseOrThrow(assignSchema, raw);
  // The assignment and its audit row commit together.
  await inTransaction(deps, async (trx) => {
    const finding = await loadFindingFor(deps, ctx, findingId, trx);
    await assignIn(trx, ctx, finding, input);
  });
  return toView(await loadFindingFor(deps, ctx, findingId));
}

async function assignIn(
  trx: Transaction<DB>,
  ctx: RequestContext,
  finding: { finding_id: number; status: string; county_code: string },
  input: z.output<typeof assignSchema>,
) {
  const findingId = finding.finding_id;
  const ok = await updateFinding(trx, findingId, input.version, {
    assignee_id: input.assigneeId,
    ...(input.dueOn ? { due_on: input.dueOn } : {}),
    ...(finding.status === 'open' && input.assigneeId ? { status: 'in-progress' } : {}),
  });
  if (!ok)
    throw new DomainError('stale-version', '该问题已被他人修改，请刷新 / changed meanwhile', [
      { path: 'version', message: '版本已过期' },
    ]);
  await recordAudit(trx, {
    ...auditActor(ctx),
    action: 'quality.assign',
    resourceType: 'quality-finding',
    resourceId: String(findingId),
    countyCode: finding.county_code,
    detail: input,
  });
}
