// The review steps: submit a draft, take it up (受理), one-time notice for missing materials, resubmit, approve
// (which issues the permit in the same transaction), reject, withdraw. Each is one transition of the table.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  applicationInputSchema,
  oneTimeNotice,
  materialName,
  mayTake,
  type Material,
  type ApplicationInput,
} from '../../domain/applications/index.ts';
import {
  actionBodySchema,
  approveBodySchema,
  resubmitBodySchema,
  supplementBodySchema,
} from '../../domain/applications/schema.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';
import { listAttachments, listEvaluations, markPermit } from '../../db/repositories/applications/records.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { load, loadForUpdate, partyOf, placeOf, transition } from './common.ts';
import { submitRow, type CreatedApplication } from './intake.ts';
import { evaluateApplication } from './evaluate.ts';
import { issuePermit } from './permit.ts';
import { formatCitation, formatCitations } from '../../domain/policy/citation.ts';

type Result = CreatedApplication;
const result = (r: { id: string; number: string; state: string; version: number }): Result => ({
  id: r.id,
  number: r.number,
  state: r.state,
  version: r.version,
});

function latestDecision(evaluations: { decision: unknown }[]): SettlementDecision | null {
  const last = evaluations[evaluations.length - 1];
  return last ? (last.decision as SettlementDecision) : null;
}

/** Submit a draft: one read and one statement, no transaction (the expected version guards the write). */
export async function submitApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result> {
  const body = parseOrThrow(actionBodySchema, raw ?? {});
  const db = deps.database.db;
  const row = await load(db, id);
  if (body.version !== undefined && body.version !== row.version)
    throw new DomainError('stale-version', '申请已被他人更新，请刷新 / changed meanwhile');
  if (row.state !== 'draft') return transition(db, deps, ctx, row, 'submit').then(result); // refused with the table's reason
  return submitRow(db, deps, ctx, row);
}

export async function acceptApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result> {
  const body = parseOrThrow(actionBodySchema, raw ?? {});
  const db = deps.database.db;
  const row = await load(db, id);
  return result(
    await transition(db, deps, ctx, row, 'accept', { expectedVersion: body.version, reason: body.reason }),
  );
}

/** 一次性告知: every missing item of the checklist, plus the clerk's extra items, in one notice. */
export async function requestSupplement(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result & { missing: { code: string; name: string }[] }> {
  const body = parseOrThrow(supplementBodySchema, raw ?? {});
  const db = deps.database.db;
  const row = await load(db, id);
  const [evaluations, attachments] = await Promise.all([listEvaluations(db, id), listAttachments(db, id)]);
  const decision = latestDecision(evaluations);
  const received = attachments.map((a) => a.material_code);
  const extra = body.extra.map((m) => ({ code: m.code, name: m.name ?? materialName(m.code) ?? m.code }));
  const missing = oneTimeNotice(decision?.materials ?? [], received, extra);
  if (missing.length === 0) {
    throw DomainError.invalid([
      {
        path: 'extra',
        message: '材料齐全，无需补正；如有其他缺失请列明 / nothing is missing: name what is wanting',
      },
    ]);
  }
  const reason = body.reason ?? `请补齐：${missing.map((m) => m.name).join('、')}`;
  const next = await transition(db, deps, ctx, row, 'request-supplement', {
    expectedVersion: body.version,
    reason,
    detail: { missing },
    change: { missing_materials: missing },
  });
  return { ...result(next), missing };
}

export async function resubmitApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result> {
  const body = parseOrThrow(resubmitBodySchema, raw ?? {});
  const db = deps.database.db;
  const row = await load(db, id);
  let input = row.input as ApplicationInput;
  if (body.facts) input = parseOrThrow(applicationInputSchema, { ...input, ...body.facts });
  // Validate the transition before evaluating, so a wrong state or taker is refused as such.
  if (row.state !== 'supplement-requested') return result(await transition(db, deps, ctx, row, 'resubmit'));
  const ev = evaluateApplication(deps, input);
  const next = await transition(db, deps, ctx, row, 'resubmit', {
    expectedVersion: body.version,
    reason: body.reason,
    detail: {
      outcome: ev.decision.outcome,
      clauses: ev.decision.clauses,
      factsChanged: Object.keys(body.facts ?? {}),
    },
    change: {
      input,
      decision_outcome: ev.decision.outcome,
      decision_clauses: ev.decision.clauses,
      missing_materials: null,
    },
    evaluation: ev.record,
  });
  return result(next);
}

/** Approve and issue the 准予迁入证明 in one transaction. Only an eligible decision (or a documented referral) is approved. */
export async function approveApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result & { permitNumber: string }> {
  const body = parseOrThrow(approveBodySchema, raw ?? {});
  return deps.database.db.transaction().execute(async (trx) => {
    const row = await loadForUpdate(trx, id);
    const decision = latestDecision(await listEvaluations(trx, id));
    let missing: Material[] = [];
    if (row.state === 'under-review') {
      if (!decision || decision.outcome === 'ineligible') {
        const failed =
          decision?.reasons.filter((r) => !r.met).map((r) => `${formatCitation(r.clause)} ${r.message}`) ??
          [];
        throw new DomainError(
          'rule-violation',
          `政策评估为不符合条件，不能批准 / the decision is ineligible (${decision ? formatCitations(decision.clauses) : '—'})`,
          failed.map((m) => ({ path: 'decision', message: m })),
        );
      }
      if (decision.outcome === 'refer' && !body.reason) {
        throw DomainError.invalid([
          {
            path: 'reason',
            message: `须注明有权机关的审批依据（${formatCitations(decision.clauses)}）/ a referral needs the approving authority's basis`,
          },
        ]);
      }
      missing = await missingMaterials(trx, id, decision);
      // Asked only of someone who may approve at all: anyone else hears the table's refusal.
      if (missing.length && !body.missingMaterialsReason && mayTake('approve', partyOf(ctx), placeOf(row))) {
        throw DomainError.invalid([
          {
            path: 'missingMaterialsReason',
            message: `尚缺材料：${missing.map((m) => m.name).join('、')}。确认不待补齐即批准的，请注明理由`,
          },
        ]);
      }
    }
    const confirmed = missing.length
      ? { missingMaterials: missing, missingMaterialsReason: body.missingMaterialsReason }
      : {};
    const approved = await transition(trx, deps, ctx, row, 'approve', {
      expectedVersion: body.version,
      reason: body.reason,
      detail: { outcome: decision?.outcome, clauses: decision?.clauses, ...confirmed },
      auditDetail: confirmed,
    });
    const permit = await issuePermit(trx, deps, ctx, approved, decision);
    return { ...result(permit.row), permitNumber: permit.number };
  });
}

/** The checklist's materials not received; approving with any needs the approver's reason (approveBodySchema). */
async function missingMaterials(
  db: Kysely<DB>,
  id: string,
  decision: SettlementDecision,
): Promise<Material[]> {
  const received = (await listAttachments(db, id)).map((a) => a.material_code);
  return oneTimeNotice(decision.materials, received);
}

export async function rejectApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result> {
  const body = parseOrThrow(actionBodySchema, raw ?? {});
  const db = deps.database.db;
  const row = await load(db, id);
  const decision = latestDecision(await listEvaluations(db, id));
  const failed = decision?.reasons.filter((r) => !r.met) ?? [];
  const next = await transition(db, deps, ctx, row, 'reject', {
    expectedVersion: body.version,
    reason: body.reason,
    detail: { outcome: decision?.outcome, clauses: decision?.clauses ?? [], failed },
  });
  return result(next);
}

export async function withdrawApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  raw: unknown,
): Promise<Result> {
  const body = parseOrThrow(actionBodySchema, raw ?? {});
  return deps.database.db.transaction().execute(async (trx) => {
    const row = await loadForUpdate(trx, id);
    const next = await transition(trx, deps, ctx, row, 'withdraw', {
      expectedVersion: body.version,
      reason: body.reason,
    });
    if (row.permit_number) {
      await markPermit(trx, row.permit_number, { withdrawn_at: deps.now() });
    }
    return result(next);
  });
}
