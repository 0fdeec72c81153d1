// The life of a residence permit (居住证, T11; Decree 663 arts. 9–11) as a lookup table, like the settlement
// applications' one: which action leads from which states to which state, who may take it, and the legal basis
// each event records. Time-driven changes (a missed endorsement suspends, a long-missed one expires) are actions
// of the system job, so the stored state never disagrees with the calculator for long; reads derive it anyway.
import type { Permission } from '../access/roles.ts';

export const PERMIT_STATES = ['applied', 'valid', 'suspended', 'expired', 'cancelled'] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

export const PERMIT_STATE_NAMES: Record<PermitState, string> = {
  applied: '已受理，待制证',
  valid: '有效',
  suspended: '逾期未签注，暂停使用',
  expired: '已失效',
  cancelled: '已注销',
};

export const PERMIT_ACTIONS = [
  'issue',
  'endorse',
  'suspend',
  'expire',
  'renew',
  'replace',
  'cancel',
] as const;
export type PermitAction = (typeof PERMIT_ACTIONS)[number];

/** Why a permit is cancelled: the holder settled here (T11 → T2–T9), left the residence, or withdrew the application. */
export const CANCEL_REASONS = ['settled', 'left', 'withdrawn'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Why a card is made again (Decree 663 art. 11): renewal (换领: worn or facts changed) or loss (补领). */
export const REPLACE_KINDS = ['renewal', 'loss'] as const;

export type PermitTaker =
  { kind: 'staff'; permission: Permission; scope: 'station' | 'county' } | { kind: 'system' };

export interface PermitRule {
  from: readonly PermitState[];
  /** null: the state stays (an endorsement of a valid permit, a new card). */
  to: PermitState | null;
  takers: readonly PermitTaker[];
  reasonRequired: boolean;
  name: string;
  /** The legal basis the event records. */
  basis: string;
}

const CLERK: PermitTaker = { kind: 'staff', permission: 'permits.manage', scope: 'station' };
const SYSTEM: PermitTaker = { kind: 'system' };

export const PERMIT_TRANSITIONS: Readonly<Record<PermitAction, PermitRule>> = {
  issue: {
    from: ['applied'],
    to: 'valid',
    takers: [CLERK],
    reasonRequired: false,
    name: '制发居住证',
    basis: '居住证暂行条例第九条、第十条；T11.1',
  },
  endorse: {
    from: ['valid', 'suspended'],
    to: 'valid',
    takers: [CLERK],
    reasonRequired: false,
    name: '签注',
    basis: '居住证暂行条例第十条',
  },
  suspend: {
    from: ['valid'],
    to: 'suspended',
    takers: [SYSTEM],
    reasonRequired: true,
    name: '逾期未签注，暂停使用',
    basis: '居住证暂行条例第十条',
  },
  expire: {
    from: ['suspended'],
    to: 'expired',
    takers: [SYSTEM],
    reasonRequired: true,
    name: '逾期未签注，失效',
    basis: '居住证暂行条例第十条；rp.expiryAfterMissedYears',
  },
  renew: {
    from: ['valid', 'suspended'],
    to: null,
    takers: [CLERK],
    reasonRequired: false,
    name: '换领',
    basis: '居住证暂行条例第十一条',
  },
  replace: {
    from: ['valid', 'suspended'],
    to: null,
    takers: [CLERK],
    reasonRequired: true,
    name: '补领（遗失）',
    basis: '居住证暂行条例第十一条',
  },
  cancel: {
    from: ['applied', 'valid', 'suspended', 'expired'],
    to: 'cancelled',
    takers: [CLERK, SYSTEM],
    reasonRequired: true,
    name: '注销',
    basis: 'T11.1；落户后注销居住证（T2–T9）或离开居住地',
  },
};

export function permitActionsFrom(state: PermitState): PermitAction[] {
  return PERMIT_ACTIONS.filter((a) => PERMIT_TRANSITIONS[a].from.includes(state));
}
