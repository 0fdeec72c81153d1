// Completion (落户登记): registering the permit writes, in ONE transaction, the move-out at the origin when the
// origin is in the city (one-stop: no paper 迁移证), the move-in at the destination (joining a household or
// founding one), the permit's use and the application's own event. For an origin outside the city the origin's
// move-out confirmation is recorded instead. Eligible companions (随迁) move into the same household in the same
// transaction. A head leaving members behind hands the origin household to the member the clerk names
// (newHeadPersonId) on the same move-out. Every refusal says what to do next (register-errors.ts).
import { registerBodySchema } from '../../domain/applications/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { localDate, type ApplicationInput } from '../../domain/applications/index.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';
import { findPermit, listEvaluations, markPermit } from '../../db/repositories/applications/records.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { loadForUpdate, transition } from './common.ts';
import { divisionName, originInCity } from './places.ts';
import { applyRegistryCommand, registrySlice } from './registry-bridge.ts';
import { eligibleCompanions, registerCompanions } from './register-companions.ts';
import { moveOutAll } from './move-outs.ts';
import { withNextStep } from './register-errors.ts';
import { eventSubjects } from '../../domain/registry/index.ts';
import { closePermitOnSettlement } from '../residence/settlement.ts';

export async function registerApplication(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(registerBodySchema, raw ?? {});
  try {
    return await deps.database.db.transaction().execute(async (trx) => {
      const row = await loadForUpdate(trx, id);
      const input = row.input as ApplicationInput;
      const permit = row.permit_number ? await findPermit(trx, row.permit_number) : undefined;
      if (row.state === 'permit-issued') {
        if (!permit) throw new DomainError('internal', 'permit missing');
        if (localDate(deps.now()) > permit.valid_until) {
          const message = `准予迁入证明已于 ${permit.valid_until} 过期：请撤回本申请，重新受理并审批`;
          throw new DomainError('rule-violation', message, [{ path: 'permit', message }]);
        }
        requirePermitted(
          ctx,
          'registry.write',
          input.destination.divisionCode,
          '只能由迁入地派出所办理落户：请由迁入地派出所的户籍民警办理',
        );
      }
      const evaluations = await listEvaluations(trx, id);
      const decision = evaluations[evaluations.length - 1]?.decision as SettlementDecision | undefined;
      const legalBasis = decision?.clauses.find((c) => /^T\d/.test(c)) ?? 'T2';
      const reason = `落户申请 ${row.number}，准予迁入证明 ${row.permit_number ?? ''}`;
      const hukou = input.applicant.hukou;
      const inCity = originInCity(hukou?.divisionCode);
      if (row.state === 'permit-issued' && !inCity && hukou && !body.originConfirmation) {
        throw DomainError.invalid([
          {
            path: 'originConfirmation',
            message: '迁出地在市外：请录入迁出地派出所的迁出确认（文号与派出所）后再办理落户',
          },
        ]);
      }
      // The table decides first whether this taker may register now, before any registry change.
      const place = { reason: body.reason, expectedVersion: body.version };
      if (row.state !== 'permit-issued') return transition(trx, deps, ctx, row, 'register', place);
      const to = `${divisionName(input.destination.divisionCode)} ${input.destination.address ?? ''}`.trim();
      const from = hukou ? `${divisionName(hukou.divisionCode)} ${hukou.address ?? ''}`.trim() : '无户口';
      const movers = [
        input.applicant,
        ...eligibleCompanions(input, decision).map((i) => input.companions[i]!),
      ];
      const departed = await moveOutAll(
        trx,
        deps,
        ctx,
        movers,
        { legalBasis, reason, to },
        body.newHeadPersonId,
      );
      const { arrival, moveOutEventId } = departed.get(input.applicant.idNumber)!;
      const moveIn = input.destination.householdId
        ? await applyRegistryCommand(trx, deps, ctx, 'move-in', {
            householdId: input.destination.householdId,
            version:
              (await registrySlice(trx, { householdIds: [input.destination.householdId] })).households.get(
                input.destination.householdId,
              )?.version ?? 1,
            relation: input.destination.relation,
            arrival,
            from,
            legalBasis,
            reason,
          })
        : await applyRegistryCommand(trx, deps, ctx, 'create-household', {
            kind: 'family',
            address: {
              divisionCode: input.destination.divisionCode,
              detail: input.destination.address ?? '',
            },
            head: arrival,
            from,
            legalBasis,
            reason,
          });
      const householdId = eventSubjects(moveIn.event).households[0]!;
      const companions = await registerCompanions(
        trx,
        deps,
        ctx,
        input,
        decision,
        householdId,
        { legalBasis, reason, to, from },
        departed,
      );
      await markPermit(trx, row.permit_number!, { used_at: deps.now() });
      // A residence permit held by the applicant closes with the settlement (T11 → hukou), in this transaction.
      const residencePermit = await closePermitOnSettlement(
        trx,
        deps,
        ctx,
        input.applicant.idNumber,
        row.number,
      );
      const next = await transition(trx, deps, ctx, row, 'register', {
        ...place,
        detail: {
          moveInEventId: moveIn.event.eventId,
          moveOutEventId,
          oneStop: inCity,
          newHeadPersonId: body.newHeadPersonId ?? null,
          originConfirmation: inCity ? null : (body.originConfirmation ?? null),
          householdIds: [householdId],
          companions,
          residencePermit,
        },
      });
      return {
        id: next.id,
        number: next.number,
        state: next.state,
        version: next.version,
        moveInEventId: moveIn.event.eventId,
        moveOutEventId,
        householdId,
        companions,
      };
    });
  } catch (e) {
    throw withNextStep(e);
  }
}
