// Printing the permit: staff of the destination station or county only; every print is audited.
import { DomainError } from '../../domain/errors.ts';
import { findApplication } from '../../db/repositories/applications/applications.ts';
import { findPermit } from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { RESOURCE, requireCaseWorker } from './common.ts';
import { renderPermitPdf } from './permit-pdf.ts';

export async function permitPdf(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  verifyUrl: (n: string) => string,
) {
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requireCaseWorker(ctx, row, '无权打印 / not permitted');
  const permit = row.permit_number ? await findPermit(db, row.permit_number) : undefined;
  if (!permit) throw new DomainError('not-found', '尚未签发准予迁入证明 / no permit issued yet');
  const { pdf, missing } = await renderPermitPdf(permit, verifyUrl(permit.number));
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
