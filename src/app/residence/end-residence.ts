// Ending a residence (moved away within the city, or left 昭通): the registration ends and its open permit is
// cancelled (reason 'left') in the same transaction, each with its event and audit row.
import { DomainError } from '../../domain/errors.ts';
import { residenceEndInput } from '../../domain/permits/residence-schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { endRegistrationRow, type RegistrationRow } from '../../db/repositories/residence/registrations.ts';
import { findOpenPermitOf } from '../../db/repositories/residence/permits.ts';
import { inTransaction } from '../transaction.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { REGISTRATION_RESOURCE, recordStep, scopeFor, todayOf } from './common.ts';
import { loadRegistrationInScope } from './apply-permit.ts';
import { actOn } from './permit-actions.ts';
import { registrationView } from './queries.ts';

/** End one registration at its version: the row, its event with the legal basis and its audit row. */
export async function endRegistrationIn(
  trx: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  reg: RegistrationRow,
  end: {
    on: string;
    endReason: 'moved-away' | 'left' | 'settled';
    reason: string;
    basis: string;
    detail?: unknown;
  },
) {
  const change = { ended_on: end.on, end_reason: end.endReason, updated_at: deps.now() };
  if (!(await endRegistrationRow(trx, reg.id, reg.version, change)))
    throw new DomainError('stale-version', '居住登记已被他人更新，请刷新 / changed meanwhile');
  await recordStep(trx, deps, ctx, {
    countyCode: reg.county_code,
    registrationId: reg.id,
    permitId: null,
    action: 'end',
    on: end.on,
    basis: end.basis,
    fromStatus: 'active',
    toStatus: 'ended',
    reason: end.reason,
    detail: end.detail,
    audit: {
      action: 'residence.end',
      resourceType: REGISTRATION_RESOURCE,
      resourceId: reg.id,
      ...(reg.person_id ? { personIds: [reg.person_id] } : {}),
    },
  });
}

export async function endResidence(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(residenceEndInput, raw);
  const scope = scopeFor(ctx, 'permits.manage');
  const today = todayOf(deps);
  if (body.endedOn > today)
    throw DomainError.invalid([{ path: 'endedOn', message: '不能晚于今天 / must not be in the future' }]);
  await inTransaction(deps, async (trx) => {
    const reg = await loadRegistrationInScope(trx, id, scope, true);
    if (reg.status !== 'active')
      throw new DomainError('conflict', '居住登记已结束 / the residence registration has already ended');
    if (body.endedOn < reg.since)
      throw DomainError.invalid([
        { path: 'endedOn', message: `早于居住起始日 ${reg.since} / before the start` },
      ]);
    await endRegistrationIn(trx, deps, ctx, reg, {
      on: body.endedOn,
      endReason: body.reason,
      reason: body.note ? `${body.reason}: ${body.note}` : body.reason,
      basis: '居住证暂行条例第九条；T13.1',
    });
    const permit = await findOpenPermitOf(trx, reg.id_number, true);
    if (permit && permit.registration_id === reg.id) {
      await actOn(trx, deps, ctx, permit, 'cancel', {
        reason: `left: ${body.reason}`,
        change: () => ({ change: { cancel_reason: 'left', due_on: null }, detail: { reason: 'left' } }),
      });
    }
  });
  return registrationView(deps, ctx, id);
}
