// Use case: resolve a finding of the work queue. Every fix is a registry event written by the registry's own use
// case (recordChange): a merge cancels one hukou as a duplicate (both histories stay), a correction keeps before and
// after, the 18-digit upgrade is a correction of the number, a death or enlistment cancels. "Not a duplicate" is
// remembered and never asked again; "later" keeps the finding open. Nothing merges without a person deciding.
import { hasPermission } from '../../domain/access/roles.ts';
import { resolutionTargets } from '../../domain/access/write-scope.ts';
import { DomainError } from '../../domain/errors.ts';
import { upgradeIdNumber } from '../../domain/identity/id-number.ts';
import { FINDING_CODE_INFO, isFindingCode } from '../../domain/quality/codes.ts';
import { resolveFindingSchema } from '../../domain/quality/schema.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { getFinding, rememberNotDuplicate, updateFinding } from '../../db/repositories/quality/findings.ts';
import { recordChange } from '../registry/record-change.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../validate.ts';

/**
 * Findings are read and worked on within the jurisdiction: a station clerk those whose records all lie in the
 * station, a county officer the county's, a city officer the city's (getFinding). Out of scope answers as missing.
 */
export async function loadFindingFor(deps: AppDeps, ctx: RequestContext, findingId: number) {
  if (ctx.actor && !hasPermission(ctx.actor.role, 'quality.resolve')) throw DomainError.notFound('问题');
  const finding = await getFinding(deps.database.db, findingId, ctx.actor?.jurisdiction);
  if (!finding) throw DomainError.notFound('问题');
  return finding;
}

/**
 * A resolution acts only on the finding's own records (RESOLUTION_TARGETS; not a back door to recordChange): the
 * persons it names by ID number or, for duplicates, by person id. Any other person answers as a missing one.
 */
async function checkFindingPerson(
  deps: AppDeps,
  finding: { id_numbers: string[]; detail: unknown },
  personId: string,
  path: string,
) {
  const ids = (finding.detail as { personIds?: string[] }).personIds ?? [];
  if (ids.includes(personId)) return;
  const p = await deps.database.db
    .selectFrom('person')
    .select('id_number')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!p || !finding.id_numbers.includes(p.id_number))
    throw DomainError.invalid([{ path, message: '须为本问题涉及的人员' }]);
}

/** The household must be one the finding names: a head change elsewhere would also close the finding unfixed. */
async function checkFindingHousehold(
  deps: AppDeps,
  finding: { household_nos: string[] },
  householdId: string,
  path: string,
) {
  const h = await deps.database.db
    .selectFrom('household')
    .select('household_no')
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  if (!h || !finding.household_nos.includes(h.household_no))
    throw DomainError.invalid([{ path, message: '须为本问题所涉的户' }]);
}

export async function resolveFinding(deps: AppDeps, ctx: RequestContext, findingId: number, raw: unknown) {
  const input = parseOrThrow(resolveFindingSchema, raw);
  const finding = await loadFindingFor(deps, ctx, findingId);
  if (finding.version !== input.version)
    throw new DomainError('stale-version', '该问题已被他人处理，请刷新 / changed meanwhile', [
      { path: 'version', message: '版本已过期' },
    ]);
  if (finding.status === 'resolved' || finding.status === 'dismissed') {
    throw new DomainError('rule-violation', '该问题已办结 / already closed', [
      { path: 'findingId', message: finding.status },
    ]);
  }
  const code = finding.code;
  const allowed = isFindingCode(code) ? FINDING_CODE_INFO[code].resolutions : [];
  const basis = { legalBasis: 'T12', reason: input.reason ?? '' };
  const detail = finding.detail as { personIds?: string[] };
  const targets = resolutionTargets(input);
  for (const [path, personId] of targets.person) await checkFindingPerson(deps, finding, personId, path);
  for (const [path, householdId] of targets.household)
    await checkFindingHousehold(deps, finding, householdId, path);
  let eventId: string | null = null;
  let status: 'resolved' | 'dismissed' | 'in-progress' = 'resolved';
  switch (input.action) {
    case 'merge': {
      if (!allowed.includes('merge'))
        throw DomainError.invalid([{ path: 'action', message: '此类问题不能合并' }]);
      if (input.cancelPersonId === input.keepPersonId)
        throw DomainError.invalid([{ path: 'cancelPersonId', message: '须与保留者不同' }]);
      const r = await recordChange(deps, ctx, 'cancel-hukou', {
        personId: input.cancelPersonId,
        version: input.cancelPersonVersion,
        cause: 'duplicate',
        ...basis,
        reason: `${input.reason}（与保留人员 ${input.keepPersonId} 重复，问题 #${findingId}）`,
      });
      eventId = r.event.eventId;
      break;
    }
    case 'not-duplicate': {
      const [a, b] = detail.personIds ?? [];
      if (code !== 'probable-duplicate' || !a || !b)
        throw DomainError.invalid([{ path: 'action', message: '仅适用于疑似重复户口' }]);
      await rememberNotDuplicate(
        deps.database.db,
        a,
        b,
        ctx.actor?.username ?? 'cli',
        deps.now(),
        input.reason,
      );
      status = 'dismissed';
      break;
    }
    case 'later':
      status = 'in-progress';
      break;
    case 'dismiss':
      status = 'dismissed';
      break;
    case 'correct':
    case 'upgrade': {
      const after = input.action === 'upgrade' ? upgradeIdNumber(finding.id_numbers[0] ?? '') : input.after;
      const field = input.action === 'upgrade' ? 'idNumber' : input.field;
      const r = await recordChange(deps, ctx, 'correct-item', {
        personId: input.personId,
        version: input.personVersion,
        field,
        after,
        ...basis,
      });
      eventId = r.event.eventId;
      break;
    }
    case 'record-death': {
      const r = await recordChange(deps, ctx, 'record-death', {
        personId: input.personId,
        version: input.personVersion,
        deathDate: input.deathDate,
        ...(input.newHeadPersonId ? { newHeadPersonId: input.newHeadPersonId } : {}),
        ...basis,
      });
      eventId = r.event.eventId;
      break;
    }
    case 'cancel-enlisted': {
      const r = await recordChange(deps, ctx, 'cancel-hukou', {
        personId: input.personId,
        version: input.personVersion,
        cause: 'military',
        ...(input.newHeadPersonId ? { newHeadPersonId: input.newHeadPersonId } : {}),
        ...basis,
      });
      eventId = r.event.eventId;
      break;
    }
    case 'change-head': {
      const r = await recordChange(deps, ctx, 'change-head', {
        householdId: input.householdId,
        version: input.householdVersion,
        newHeadPersonId: input.newHeadPersonId,
        ...(input.formerHeadPersonId ? { formerHeadPersonId: input.formerHeadPersonId } : {}),
        formerHeadRelation: input.formerHeadRelation,
        ...basis,
      });
      eventId = r.event.eventId;
      break;
    }
  }
  const resolution = {
    action: input.action,
    eventId,
    by: ctx.actor?.username ?? 'cli',
    reason: input.reason ?? null,
  };
  const ok = await updateFinding(deps.database.db, findingId, input.version, {
    status,
    resolution,
    ...(status === 'in-progress' ? {} : { resolved_at: deps.now() }),
  });
  if (!ok) throw new DomainError('stale-version', '该问题已被他人处理，请刷新 / changed meanwhile');
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: `quality.${input.action}`,
    resourceType: 'quality-finding',
    resourceId: String(findingId),
    countyCode: finding.county_code,
    detail: resolution,
  });
  return { findingId, status, resolution };
}
