// Which resolutions the form offers for a finding code, and the request body each one sends — pure, so the choice of
// action per code is one table. Every action but later / dismiss / not-duplicate writes a registry event on the
// server (src/app/quality/resolve-finding.ts). The head anomalies are cleared by a change of head: a relation
// correction may neither make nor unmake a head (src/domain/registry/decide-correction.ts).
import { FINDING_CODE_INFO, isFindingCode } from '../../../../src/domain/quality/codes.ts';
import type { QualityMessages } from './messages.ts';

export type Action =
  | 'merge'
  | 'not-duplicate'
  | 'later'
  | 'correct'
  | 'upgrade'
  | 'record-death'
  | 'cancel-enlisted'
  | 'change-head'
  | 'dismiss';

export const ACTION_LABEL: Record<Action, keyof QualityMessages> = {
  merge: 'merge',
  'not-duplicate': 'notDuplicate',
  later: 'later',
  correct: 'correct',
  upgrade: 'upgrade',
  'record-death': 'recordDeath',
  'cancel-enlisted': 'cancelEnlisted',
  'change-head': 'changeHead',
  dismiss: 'dismiss',
};

/** Actions that act on one person of the finding (chosen when it names several). */
export const PERSON_ACTIONS: readonly Action[] = ['correct', 'upgrade', 'record-death', 'cancel-enlisted'];

export function actionsFor(code: string): Action[] {
  const r = isFindingCode(code) ? FINDING_CODE_INFO[code].resolutions : [];
  const out: Action[] = [];
  if (r.includes('change-head')) out.push('change-head');
  if (r.includes('merge')) out.push('merge');
  if (code === 'probable-duplicate') out.push('not-duplicate');
  if (r.includes('correct')) out.push('correct');
  if (r.includes('upgrade')) out.push('upgrade');
  if (code === 'deceased-not-cancelled') out.push('record-death');
  if (code === 'enlisted-not-cancelled') out.push('cancel-enlisted');
  return [...out, 'later', 'dismiss'];
}

/** The item a correction most likely concerns, and the value the finding's evidence proposes for it. */
export function proposedCorrection(
  detail: Record<string, unknown>,
  idNumber: string | undefined,
): { field: string; after: string } {
  const items = Array.isArray(detail.items) ? (detail.items as string[]) : [];
  // duplicate-id-number names the shared number (detail.idNumber): one holder's number is the item to correct.
  const field =
    typeof detail.field === 'string'
      ? detail.field
      : typeof detail.idNumber === 'string'
        ? 'idNumber'
        : (items.find((i) => i !== 'householdNo') ?? 'name');
  if (typeof detail.inIdNumber === 'string') return { field, after: detail.inIdNumber };
  if (typeof detail.expected === 'string' && idNumber && idNumber.length === 18)
    return { field, after: idNumber.slice(0, 17) + detail.expected };
  return { field, after: '' };
}

export interface Candidate {
  personId: string;
  version: number;
}

/** The resolution body for the chosen action; values are the form's. */
export function resolutionBody(
  action: Action,
  version: number,
  values: Record<string, unknown>,
  pick: (personId: unknown) => Candidate | undefined,
  household?: { householdId: string; version: number },
): Record<string, unknown> {
  const base = { action, version, ...(values.reason ? { reason: values.reason } : {}) };
  const person = pick(values.personId);
  const newHead = values.newHeadPersonId ? { newHeadPersonId: values.newHeadPersonId } : {};
  switch (action) {
    case 'merge': {
      const cancel = pick(values.cancelPersonId)!;
      const keep = pick(values.keepPersonId)!;
      return {
        ...base,
        cancelPersonId: cancel.personId,
        cancelPersonVersion: cancel.version,
        keepPersonId: keep.personId,
      };
    }
    case 'correct':
      return {
        ...base,
        personId: person!.personId,
        personVersion: person!.version,
        field: values.field,
        after: values.after === '' || values.after === undefined ? null : values.after,
      };
    case 'upgrade':
      return { ...base, personId: person!.personId, personVersion: person!.version };
    case 'cancel-enlisted':
      return { ...base, personId: person!.personId, personVersion: person!.version, ...newHead };
    case 'record-death':
      return {
        ...base,
        personId: person!.personId,
        personVersion: person!.version,
        deathDate: values.deathDate,
        ...newHead,
      };
    case 'change-head':
      return {
        ...base,
        householdId: household!.householdId,
        householdVersion: household!.version,
        newHeadPersonId: values.newHeadPersonId,
        ...(values.formerHeadPersonId ? { formerHeadPersonId: values.formerHeadPersonId } : {}),
        formerHeadRelation: values.formerHeadRelation,
      };
    default:
      return base;
  }
}
