// What a finding resolution does (T12): the registry command it writes, if any, and the status the finding moves to.
// A merge cancels one hukou as a duplicate (both histories stay), a correction keeps before and after, the 18-digit
// upgrade is a correction of the number, a death or enlistment cancels. "Not a duplicate" is remembered (the caller
// stores the pair); "later" keeps the finding open. Pure: the caller writes the command inside its transaction.
import { DomainError } from '../../domain/errors.ts';
import { upgradeIdNumber } from '../../domain/identity/id-number.ts';
import { FINDING_CODE_INFO, isFindingCode } from '../../domain/quality/codes.ts';
import type { CommandName } from '../../domain/registry/index.ts';
import type { ResolveFindingInput } from '../../domain/quality/schema.ts';

export interface ResolutionPlan {
  status: 'resolved' | 'dismissed' | 'in-progress';
  command: { name: CommandName; raw: Record<string, unknown> } | null;
  /** The two persons of a duplicate found not to be one (the decision is remembered). */
  notDuplicate: [string, string] | null;
}

interface FindingFacts {
  code: string;
  id_numbers: string[];
  detail: unknown;
}

const optional = <K extends string>(key: K, v: string | undefined) => (v ? { [key]: v } : {});

export function planResolution(
  input: ResolveFindingInput,
  finding: FindingFacts,
  findingId: number,
): ResolutionPlan {
  const allowed = isFindingCode(finding.code) ? FINDING_CODE_INFO[finding.code].resolutions : [];
  // The finding's own basis: T12 for the plan's legacy problems, the national article for a death or enlistment.
  const legalBasis = isFindingCode(finding.code) ? FINDING_CODE_INFO[finding.code].clauses[0]! : 'T12';
  const basis = { legalBasis, reason: input.reason ?? '' };
  const change = (name: CommandName, raw: Record<string, unknown>): ResolutionPlan => ({
    status: 'resolved',
    command: { name, raw: { ...basis, ...raw } }, // a merge's own reason replaces the plain one
    notDuplicate: null,
  });
  const only = (status: ResolutionPlan['status']): ResolutionPlan => ({
    status,
    command: null,
    notDuplicate: null,
  });
  switch (input.action) {
    case 'merge':
      if (!allowed.includes('merge'))
        throw DomainError.invalid([{ path: 'action', message: '此类问题不能合并' }]);
      if (input.cancelPersonId === input.keepPersonId)
        throw DomainError.invalid([{ path: 'cancelPersonId', message: '须与保留者不同' }]);
      return change('cancel-hukou', {
        personId: input.cancelPersonId,
        version: input.cancelPersonVersion,
        cause: 'duplicate',
        reason: `${input.reason}（与保留人员 ${input.keepPersonId} 重复，问题 #${findingId}）`,
      });
    case 'not-duplicate': {
      const [a, b] = (finding.detail as { personIds?: string[] }).personIds ?? [];
      if (finding.code !== 'probable-duplicate' || !a || !b)
        throw DomainError.invalid([{ path: 'action', message: '仅适用于疑似重复户口' }]);
      return { status: 'dismissed', command: null, notDuplicate: [a, b] };
    }
    case 'later':
      return only('in-progress');
    case 'dismiss':
      return only('dismissed');
    case 'correct':
    case 'upgrade':
      return change('correct-item', {
        personId: input.personId,
        version: input.personVersion,
        field: input.action === 'upgrade' ? 'idNumber' : input.field,
        after: input.action === 'upgrade' ? upgradeIdNumber(finding.id_numbers[0] ?? '') : input.after,
      });
    case 'record-death':
      return change('record-death', {
        personId: input.personId,
        version: input.personVersion,
        deathDate: input.deathDate,
        ...optional('newHeadPersonId', input.newHeadPersonId),
      });
    case 'cancel-enlisted':
      return change('cancel-hukou', {
        personId: input.personId,
        version: input.personVersion,
        cause: 'military',
        ...optional('newHeadPersonId', input.newHeadPersonId),
      });
    case 'change-head':
      return change('change-head', {
        householdId: input.householdId,
        version: input.householdVersion,
        newHeadPersonId: input.newHeadPersonId,
        ...optional('formerHeadPersonId', input.formerHeadPersonId),
        formerHeadRelation: input.formerHeadRelation,
      });
  }
}
