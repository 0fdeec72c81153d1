// Reading applications: the review view (with the explanation and clause texts), the clerk's work queue sorted by
// deadline, and public tracking by number + ID number. Staff reads of personal data are audited.
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { hasPermission } from '../../domain/access/roles.ts';
import {
  ACTIONS,
  NEXT_STEPS,
  STATE_NAMES,
  checklist,
  isOverdue,
  mayTake,
  normaliseNumber,
  type ApplicationState,
} from '../../domain/applications/index.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';
import {
  findApplication,
  findApplicationByNumber,
  listQueue,
  type ApplicationRow,
} from '../../db/repositories/applications/applications.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { toActor } from '../auth/login.ts';
import {
  findPermit,
  listAttachments,
  listEvaluations,
  listEvents,
} from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, requireStaff, type AppDeps, type RequestContext } from '../context.ts';
import { staff } from '../../domain/access/principal.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { RESOURCE, partyOf, placeOf, requireCaseWorker } from './common.ts';
import { trackQuerySchema } from '../../domain/applications/schema.ts';
import { permitStatus } from './permit.ts';

export function summary(row: ApplicationRow, now: Date) {
  const state = row.state as ApplicationState;
  return {
    id: row.id,
    number: row.number,
    state,
    stateName: STATE_NAMES[state],
    version: row.version,
    channel: row.channel,
    basis: row.basis,
    applicantName: row.applicant_name,
    stationCode: row.station_code,
    countyCode: row.county_code,
    outcome: row.decision_outcome,
    clauses: (row.decision_clauses as string[] | null) ?? [],
    deadline: row.deadline?.toISOString() ?? null,
    overdue: isOverdue(row.deadline, now),
    permitNumber: row.permit_number,
    createdAt: row.created_at.toISOString(),
  };
}

export async function getApplication(deps: AppDeps, ctx: RequestContext, id: string) {
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requireCaseWorker(ctx, row);
  const [events, evaluations, attachments] = await Promise.all([
    listEvents(db, id),
    listEvaluations(db, id),
    listAttachments(db, id),
  ]);
  const latest = evaluations[evaluations.length - 1];
  const decision = (latest?.decision as SettlementDecision | undefined) ?? null;
  const permit = row.permit_number ? await findPermit(db, row.permit_number) : undefined;
  const now = deps.now();
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'applications.read',
    resourceType: RESOURCE,
    resourceId: id,
    countyCode: row.county_code,
  });
  const party = partyOf(ctx);
  return {
    ...summary(row, now),
    input: row.input,
    consent: {
      given: row.consent,
      recordedBy: row.consent_recorded_by,
      recordedAt: row.consent_recorded_at?.toISOString() ?? null,
    },
    missingMaterials: row.missing_materials ?? [],
    availableActions: ACTIONS.filter(
      (a) => a !== 'issue-permit' && a !== 'expire' && mayTake(a, party, placeOf(row)),
    ),
    evaluation: latest
      ? {
          id: latest.id,
          at: latest.at.toISOString(),
          asOf: latest.as_of,
          policyId: latest.policy_id,
          policyVersion: latest.policy_version,
          decision,
          explanation: latest.explanation,
        }
      : null,
    evaluations: evaluations.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      asOf: e.as_of,
      outcome: e.outcome,
      policyVersion: e.policy_version,
    })),
    checklist: checklist(
      decision?.materials ?? [],
      attachments.map((a) => a.material_code),
    ),
    attachments: attachments.map((a) => ({
      id: a.id,
      materialCode: a.material_code,
      fileName: a.file_name,
      mediaType: a.media_type,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
      uploadedAt: a.uploaded_at.toISOString(),
    })),
    events: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      from: e.from_state,
      to: e.to_state,
      actorKind: e.actor_kind,
      actor: e.actor_username,
      role: e.actor_role,
      reason: e.reason,
      detail: e.detail,
      at: e.at.toISOString(),
    })),
    permit: permit
      ? {
          number: permit.number,
          issuedOn: permit.issued_on,
          validUntil: permit.valid_until,
          status: permitStatus(permit, now),
          issuingAuthority: permit.issuing_authority,
          // The verification page's key, for the case worker to open it (null until printed for an old permit).
          verifyToken: permit.verify_token,
        }
      : null,
  };
}

/** The states in which each kind of staff has work to do. */
const CLERK_STATES: ApplicationState[] = [
  'draft',
  'submitted',
  'resubmitted',
  'under-review',
  'supplement-requested',
  'approved',
  'permit-issued',
];
const OFFICER_STATES: ApplicationState[] = ['under-review', 'approved'];

export async function workQueue(deps: AppDeps, ctx: RequestContext, limit = 200) {
  const a = requireStaff(ctx);
  const clerk = hasPermission(a.role, 'applications.intake');
  if (!clerk && !hasPermission(a.role, 'applications.approve'))
    throw new DomainError('forbidden', '无权查看落户申请 / not permitted');
  const rows = await listQueue(deps.database.db, {
    jurisdiction: a.jurisdiction,
    states: clerk ? CLERK_STATES : OFFICER_STATES,
    limit,
  });
  const now = deps.now();
  const party = partyOf(ctx);
  return rows.map((r) => ({
    ...summary(r, now),
    yourTurn: ACTIONS.some((x) => x !== 'withdraw' && mayTake(x, party, placeOf(r))),
  }));
}

/** Tracking for the applicant without login: the number and the applicant's ID number must both match. */
export async function trackApplication(deps: AppDeps, raw: unknown) {
  const q = parseOrThrow(trackQuerySchema, raw);
  const row = await findApplicationByNumber(deps.database.db, normaliseNumber(q.number));
  if (!row || row.applicant_id_number !== q.idNumber) {
    throw new DomainError(
      'not-found',
      '未找到该申请，请核对申请编号和身份证号码 / no application with this number and ID number',
    );
  }
  const state = row.state as ApplicationState;
  return {
    number: row.number,
    state,
    stateName: STATE_NAMES[state],
    nextStep: NEXT_STEPS[state],
    deadline: row.deadline?.toISOString() ?? null,
    missingMaterials:
      state === 'supplement-requested'
        ? ((row.missing_materials as { code: string; name: string }[] | null) ?? [])
        : [],
    permitNumber: row.permit_number,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** An application by its number (LH…) or its id, for the CLI; not found when neither matches. */
export async function resolveApplicationId(deps: AppDeps, ref: string): Promise<string> {
  const number = normaliseNumber(ref);
  const row = /^LH/.test(number)
    ? await findApplicationByNumber(deps.database.db, number)
    : z.uuid().safeParse(ref).success
      ? await findApplication(deps.database.db, ref)
      : undefined;
  if (!row) throw DomainError.notFound(`申请 ${ref} / application`);
  return row.id;
}

/** The CLI acts as a named staff user (role and jurisdiction apply, the audit rows name them). */
export async function contextAsUser(
  deps: AppDeps,
  username: string,
  requestId: string,
): Promise<RequestContext> {
  const user = await findUserByUsername(deps.database.db, username);
  if (!user || !user.active)
    throw DomainError.invalid([{ path: 'as', message: `没有这个在用的用户：${username} / no active user` }]);
  return { principal: staff(toActor(user)), requestId, ip: 'cli' };
}
