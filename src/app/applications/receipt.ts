// The 受理回执 at intake: printable once the application is submitted (the policy engine has named the materials
// it needs), by the destination's case workers; every print is audited. Missing materials are the checklist minus
// the uploads — or, after a supplement request, exactly what that one notice named.
import { DomainError } from '../../domain/errors.ts';
import {
  localDate,
  maskIdNumber,
  oneTimeNotice,
  type ApplicationInput,
  type Material,
} from '../../domain/applications/index.ts';
import { legalBasis } from '../../domain/applications/legal-basis.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';
import { findApplication } from '../../db/repositories/applications/applications.ts';
import { listAttachments, listEvaluations, listEvents } from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { RESOURCE, requireCaseWorker } from './common.ts';
import { divisionName } from './places.ts';
import { renderReceiptPdf, type ReceiptFacts } from './receipt-pdf.ts';

/** China time (UTC+8, no daylight saving), to the minute. */
const localTime = (at: Date) =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const days = (deps: AppDeps, name: string, asOf: string, county: string) =>
  resolveParameter(deps.policy.parameters, name, asOf, county).value as number;

export async function receiptFacts(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  trackUrl: string,
): Promise<{ facts: ReceiptFacts; countyCode: string }> {
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requireCaseWorker(ctx, row, '无权打印 / not permitted');
  if (row.state === 'draft')
    throw new DomainError('conflict', '申请尚未提交：请先提交申请（评估后列出所需材料），再打印受理回执');
  const [evaluations, attachments, events] = await Promise.all([
    listEvaluations(db, id),
    listAttachments(db, id),
    listEvents(db, id),
  ]);
  const decision = evaluations.at(-1)?.decision as SettlementDecision | undefined;
  const missing: Material[] =
    row.state === 'supplement-requested'
      ? ((row.missing_materials as Material[] | null) ?? [])
      : oneTimeNotice(
          decision?.materials ?? [],
          attachments.map((a) => a.material_code),
        );
  const submitted = events.find((e) => e.action === 'submit')?.at ?? row.created_at;
  const asOf = localDate(submitted);
  const input = row.input as ApplicationInput;
  const facts: ReceiptFacts = {
    number: row.number,
    applicantName: row.applicant_name,
    idNumberMasked: maskIdNumber(row.applicant_id_number),
    destination: `${divisionName(input.destination.divisionCode)} ${input.destination.address ?? ''}`.trim(),
    station: `${divisionName(row.station_code)}派出所`,
    takenAt: localTime(submitted),
    deadline: row.deadline ? localDate(row.deadline) : null,
    limits: {
      acceptDays: days(deps, 'applications.acceptDays', asOf, row.county_code),
      reviewDays: days(deps, 'applications.reviewDays', asOf, row.county_code),
      issueDays: days(deps, 'applications.issueDays', asOf, row.county_code),
    },
    basis: legalBasis((row.decision_clauses as string[] | null) ?? []).map((c) => `${c.id} · ${c.where}`),
    missing,
    trackUrl,
  };
  return { facts, countyCode: row.county_code };
}

export async function receiptPdf(deps: AppDeps, ctx: RequestContext, id: string, trackUrl: string) {
  const { facts, countyCode } = await receiptFacts(deps, ctx, id, trackUrl);
  const { pdf, missing } = await renderReceiptPdf(facts);
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: 'applications.print-receipt',
    resourceType: RESOURCE,
    resourceId: id,
    countyCode,
    detail: { number: facts.number, missing: facts.missing.map((m) => m.code), missingGlyphs: missing },
  });
  return { pdf, number: facts.number };
}
