// Use case: resolve a finding of the work queue. Every fix is a registry event written by the registry's own entry
// for a caller's transaction (recordChangeIn; what each action writes: resolution-command.ts). The finding's update,
// the registry change with its event and audit row, and the resolution's audit row commit in ONE transaction, or
// nothing does: a stale finding version never leaves the register changed. Nothing merges without a person deciding.
import type { Transaction } from 'kysely';
import { jurisdictionOf, nameOf, principalMay } from '../../domain/access/principal.ts';
import { resolutionTargets } from '../../domain/access/write-scope.ts';
import { DomainError } from '../../domain/errors.ts';
import { resolveFindingSchema, type ResolveFindingInput } from '../../domain/quality/schema.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { idNumberOfPerson, numberOfHousehold } from '../../db/repositories/quality/finding-records.ts';
import { getFinding, rememberNotDuplicate, updateFinding } from '../../db/repositories/quality/findings.ts';
import type { DB } from '../../db/schema.ts';
import { recordChangeIn } from '../registry/record-change.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { planResolution } from './resolution-command.ts';

/**
 * Findings are read and worked on within the jurisdiction: a station clerk those whose records all lie in the
 * station, a county officer the county's, a city officer the city's (getFinding). Out of scope answers as missing.
 * Inside a transaction (`trx`) the finding's row is locked until it ends: a concurrent resolution waits, then reads
 * the version this one left.
 */
export async function loadFindingFor(
  deps: AppDeps,
  ctx: RequestContext,
  findingId: number,
  trx?: Transaction<DB>,
) {
  const jurisdiction = jurisdictionOf(ctx.principal);
  if (jurisdiction === null || !principalMay(ctx.principal, 'quality.resolve'))
    throw DomainError.notFound('问题');
  const finding = await getFinding(trx ?? deps.database.db, findingId, jurisdiction, {
    lock: trx !== undefined,
  });
  if (!finding) throw DomainError.notFound('问题');
  return finding;
}

/**
 * A resolution acts only on the finding's own records (RESOLUTION_TARGETS; not a back door to the registry): the
 * persons it names by ID number or, for duplicates, by person id, and the households it names by number. Any other
 * record answers as a missing one.
 */
async function checkFindingRecords(
  trx: Transaction<DB>,
  finding: { id_numbers: string[]; household_nos: string[]; detail: unknown },
  input: ResolveFindingInput,
) {
  const targets = resolutionTargets(input);
  const ids = (finding.detail as { personIds?: string[] }).personIds ?? [];
  for (const [path, personId] of targets.person) {
    if (ids.includes(personId)) continue;
    const idNumber = await idNumberOfPerson(trx, personId);
    if (!idNumber || !finding.id_numbers.includes(idNumber))
      throw DomainError.invalid([{ path, message: '须为本问题涉及的人员' }]);
  }
  // The household must be one the finding names: a head change elsewhere would also close the finding unfixed.
  for (const [path, householdId] of targets.household) {
    const householdNo = await numberOfHousehold(trx, householdId);
    if (!householdNo || !finding.household_nos.includes(householdNo))
      throw DomainError.invalid([{ path, message: '须为本问题所涉的户' }]);
  }
}

const STALE = '该问题已被他人处理，请刷新 / changed meanwhile';

export async function resolveFinding(deps: AppDeps, ctx: RequestContext, findingId: number, raw: unknown) {
  const input = parseOrThrow(resolveFindingSchema, raw);
  const out = await inTransaction(deps, async (trx) => {
    // Authorization first, inside the transaction: out of scope answers as missing before anything else is read.
    const finding = await loadFindingFor(deps, ctx, findingId, trx);
    if (finding.version !== input.version)
      throw new DomainError('stale-version', STALE, [{ path: 'version', message: '版本已过期' }]);
    if (finding.status === 'resolved' || finding.status === 'dismissed') {
      throw new DomainError('rule-violation', '该问题已办结 / already closed', [
        { path: 'findingId', message: finding.status },
      ]);
    }
    await checkFindingRecords(trx, finding, input);
    const plan = planResolution(input, finding, findingId);
    const eventId = plan.command
      ? (await recordChangeIn(trx, deps, ctx, plan.command.name, plan.command.raw)).event.eventId
      : null;
    if (plan.notDuplicate) {
      const [a, b] = plan.notDuplicate;
      await rememberNotDuplicate(trx, a, b, nameOf(ctx.principal), deps.now(), input.reason ?? '');
    }
    const status = plan.status;
    const resolution = {
      action: input.action,
      eventId,
      by: nameOf(ctx.principal),
      reason: input.reason ?? null,
    };
    const ok = await updateFinding(trx, findingId, input.version, {
      status,
      resolution,
      ...(status === 'in-progress' ? {} : { resolved_at: deps.now() }),
    });
    if (!ok) throw new DomainError('stale-version', STALE);
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: `quality.${input.action}`,
      resourceType: 'quality-finding',
      resourceId: String(findingId),
      countyCode: finding.county_code,
      detail: resolution,
    });
    return { findingId, status, resolution };
  });
  if (out.resolution.eventId) deps.onRegistryChange?.();
  return out;
}
