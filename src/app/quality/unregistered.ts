// Use case: intake of a person living here without any hukou (应落未落, T12) by category: unplanned birth (计划外生育),
// spontaneous migrant (自发移民), cross-border marriage (跨境婚姻) or other. The intake is recorded for the work list;
// with the person's consent (P2) and an ID number it files a settlement application with basis "unregistered"
// through the applications module's own intake; otherwise it answers the prefilled application for the counter.
import { nameOf, principalMay } from '../../domain/access/principal.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { insertUnregistered } from '../../db/repositories/quality/unregistered.ts';
import { createApplication } from '../applications/intake.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { unregisteredIntakeSchema } from '../../domain/quality/schema.ts';
import { identityIssues } from '../../domain/identity/consistency.ts';
import { findDivisionUnit } from '../../db/repositories/registry/divisions.ts';
import { localDate } from '../../domain/applications/deadlines.ts';

export async function intakeUnregistered(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const input = parseOrThrow(unregisteredIntakeSchema, raw);
  if (!principalMay(ctx.principal, 'applications.intake', input.divisionCode)) {
    throw new DomainError('forbidden', '超出辖区或无受理权限 / outside your jurisdiction or role');
  }
  // The same identity checks as every other write that takes identity facts: a birth after today, or a sex or
  // birth date the ID number contradicts, is the clerk's mistake on that field (400), not a record to keep.
  const issues = identityIssues(input, '', localDate(deps.now()));
  if (issues.length) throw DomainError.invalid(issues);
  if (!(await findDivisionUnit(deps.database.db, input.divisionCode)))
    throw DomainError.invalid([{ path: 'divisionCode', message: '没有这个村（居）委会 / no such unit' }]);
  const draft = {
    channel: 'counter',
    basis: 'unregistered',
    applicant: {
      name: input.name,
      idNumber: input.idNumber ?? '',
      sex: input.sex,
      ethnicity: input.ethnicity,
      birthDate: input.birthDate,
      nationality: input.nationality,
      hukou: null,
    },
    destination: { divisionCode: input.divisionCode, kind: input.destinationKind, address: input.address },
    unregistered: { category: input.category },
    consent: input.consent,
  };
  // The application, the intake and the audit row commit together: a failed audit leaves no application behind.
  const { application, intakeId } = await inTransaction(deps, async (trx) => {
    const application =
      input.consent && input.idNumber ? await createApplication(deps, ctx, draft, trx) : null;
    const intakeId = await insertUnregistered(trx, {
      category: input.category,
      name: input.name,
      sex: input.sex,
      birth_date: input.birthDate,
      division_code: input.divisionCode,
      county_code: input.divisionCode.slice(0, 6),
      facts: JSON.stringify({
        address: input.address,
        nationality: input.nationality,
        note: input.note ?? null,
      }),
      status: application ? 'application-filed' : 'open',
      application_no: application?.number ?? null,
      created_by: nameOf(ctx.principal),
      created_at: deps.now(),
    });
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'quality.unregistered',
      resourceType: 'quality-unregistered',
      resourceId: String(intakeId),
      countyCode: input.divisionCode.slice(0, 6),
      detail: { category: input.category, application: application?.number ?? null },
    });
    return { application, intakeId };
  });
  return {
    intakeId,
    clauses: ['T12'],
    application,
    applicationDraft: application ? null : draft,
  };
}
