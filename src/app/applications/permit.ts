// The 准予迁入证明: numbered on approval, valid for a parameter's number of days, signed by the authority that
// approved it, verifiable by anyone at /verify/<token> (the QR code's random token: validity, a masked name and the
// dates only; a number cannot be tried).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  localDate,
  maskName,
  permitValidUntil,
  type ApplicationInput,
} from '../../domain/applications/index.ts';
import type { ApplicationRow } from '../../db/repositories/applications/applications.ts';
import { drawNumber } from './numbering.ts';
import {
  findPermitByToken,
  insertPermit,
  type PermitRow,
} from '../../db/repositories/applications/records.ts';
import type { Verification } from '../../domain/applications/schema.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { jurisdictionOf, nameOf } from '../../domain/access/principal.ts';
import { transition } from './common.ts';
import { eligibleCompanions } from './register-companions.ts';
import { authorityName } from './places.ts';
import { isVerifyToken, newVerifyToken } from '../verify-token.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';

/** Issue the permit; it names the companions the decision lets move along (those registered at completion). */
export async function issuePermit(
  trx: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  row: ApplicationRow,
  decision?: SettlementDecision | null,
): Promise<{ row: ApplicationRow; number: string }> {
  const now = deps.now();
  const issuedOn = localDate(now);
  const year = Number(issuedOn.slice(0, 4));
  const number = await drawNumber(trx, 'ZQ', row.county_code, year);
  const validUntil = permitValidUntil(deps.policy.parameters, issuedOn, row.county_code);
  const input = row.input as ApplicationInput;
  const hukou = input.applicant.hukou;
  await insertPermit(trx, {
    number,
    application_id: row.id,
    county_code: row.county_code,
    holder_name: row.applicant_name,
    holder_id_number: row.applicant_id_number,
    destination_code: input.destination.divisionCode,
    destination_address: input.destination.address ?? '',
    origin: hukou ? [hukou.divisionCode, hukou.address].filter(Boolean).join(' ') : '无户口',
    companions: eligibleCompanions(input, decision ?? undefined)
      .map((i) => input.companions[i]!)
      .map((c) => ({ name: c.name, relation: c.relation, idNumber: c.idNumber })),
    issued_on: issuedOn,
    valid_until: validUntil,
    issued_by: nameOf(ctx.principal),
    issued_at: now,
    used_at: null,
    withdrawn_at: null,
    verify_token: newVerifyToken(),
    // The approver's bureau: the county's when a county officer approved, the city's for a city officer.
    issuing_authority: authorityName(jurisdictionOf(ctx.principal) ?? row.county_code),
  });
  const next = await transition(trx, deps, ctx, row, 'issue-permit', {
    validUntil,
    detail: { permitNumber: number, validUntil },
    change: { permit_number: number },
  });
  return { row: next, number };
}

export type PermitStatus = 'valid' | 'expired' | 'used' | 'withdrawn';

export function permitStatus(p: PermitRow, now: Date): PermitStatus {
  if (p.withdrawn_at) return 'withdrawn';
  if (p.used_at) return 'used';
  return localDate(now) > p.valid_until ? 'expired' : 'valid';
}

export const PERMIT_STATUS_NAMES: Record<PermitStatus, string> = {
  valid: '有效',
  expired: '已过期',
  used: '已使用（已办理落户）',
  withdrawn: '已作废',
};

/** Public verification: validity, a masked name and the dates, nothing more; an unknown token is "not found". */
export async function verifyPermit(deps: AppDeps, token: string): Promise<Verification> {
  if (!isVerifyToken(token)) return { found: false };
  const p = await findPermitByToken(deps.database.db, token);
  if (!p) return { found: false };
  const status = permitStatus(p, deps.now());
  return {
    found: true,
    status,
    statusName: PERMIT_STATUS_NAMES[status],
    maskedName: maskName(p.holder_name),
    issuedOn: p.issued_on,
    validUntil: p.valid_until,
  };
}
