// Printing the permit: staff of the destination station or county only; every print is audited. A permit issued
// before verification tokens gets its token on its first print (the QR code carries it).
import { DomainError } from '../../domain/errors.ts';
import type { ApplicationInput } from '../../domain/applications/index.ts';
import { legalBasis } from '../../domain/applications/legal-basis.ts';
import { findApplication } from '../../db/repositories/applications/applications.ts';
import { findPermit, setPermitToken } from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { newVerifyToken } from '../verify-token.ts';
import { RESOURCE, requireCaseWorker } from './common.ts';
import { renderPermitPdf } from './permit-pdf.ts';

export async function permitPdf(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  verifyUrl: (token: string) => string,
) {
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requireCaseWorker(ctx, row, '无权打印 / not permitted');
  const permit = row.permit_number ? await findPermit(db, row.permit_number) : undefined;
  if (!permit) throw new DomainError('not-found', '尚未签发准予迁入证明 / no permit issued yet');
  const token = permit.verify_token ?? (await setPermitToken(db, permit.number, newVerifyToken()));
  const { applicant } = row.input as ApplicationInput;
  const { pdf, missing } = await renderPermitPdf(
    permit,
    { sex: applicant.sex, birthDate: applicant.birthDate },
    legalBasis((row.decision_clauses as string[] | null) ?? []),
    verifyUrl(token),
  );
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'applications.print-permit',
    resourceType: RESOURCE,
    resourceId: id,
    countyCode: row.county_code,
    detail: { number: permit.number, missingGlyphs: missing },
  });
  return { pdf, number: permit.number, missing };
}
