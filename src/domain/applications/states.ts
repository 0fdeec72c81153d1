// The life of a settlement application (落户办理) as a lookup table: which action leads from which states to
// which state, and who may take it. Every transition becomes an event with actor and reason; nothing else
// changes an application's state.
import type { Permission } from '../access/roles.ts';

export const STATES = [
  'draft',
  'submitted',
  'under-review',
  'supplement-requested',
  'resubmitted',
  'approved',
  'permit-issued',
  'registered',
  'rejected',
  'withdrawn',
  'expired',
] as const;
export type ApplicationState = (typeof STATES)[number];

export const TERMINAL_STATES: readonly ApplicationState[] = [
  'registered',
  'rejected',
  'withdrawn',
  'expired',
];

export const STATE_NAMES: Record<ApplicationState, string> = {
  draft: '草稿',
  submitted: '已提交，待受理',
  'under-review': '审核中',
  'supplement-requested': '待补正材料',
  resubmitted: '已补正，待受理',
  approved: '已批准',
  'permit-issued': '已签发准予迁入证明',
  registered: '已办结落户',
  rejected: '不予批准',
  withdrawn: '已撤回',
  expired: '已过期',
};

/** What the applicant is told to do next, per state (tracking without login). */
export const NEXT_STEPS: Record<ApplicationState, string> = {
  draft: '请到派出所窗口确认并提交申请',
  submitted: '等待派出所户籍民警受理审核',
  'under-review': '等待县（区）公安局审批',
  'supplement-requested': '请按一次性告知单在期限内补齐全部材料',
  resubmitted: '等待派出所户籍民警重新受理',
  approved: '等待签发准予迁入证明',
  'permit-issued': '请在准予迁入证明有效期内持证到迁入地派出所办理落户',
  registered: '已办结，无需再办理',
  rejected: '申请未获批准，详见不予批准理由',
  withdrawn: '申请已撤回',
  expired: '申请已过期，如需办理请重新申请',
};

export const ACTIONS = [
  'submit',
  'accept',
  'request-supplement',
  'resubmit',
  'approve',
  'issue-permit',
  'reject',
  'withdraw',
  'expire',
  'register',
] as const;
export type ApplicationAction = (typeof ACTIONS)[number];

/**
 * Who may act: staff with a permission in the jurisdiction of the destination police station (9-digit town
 * code) or of the destination county; the applicant (identified by application number + ID number, or by
 * applying online); or the system (sweeps).
 */
export type Taker =
  | { kind: 'staff'; permission: Permission; scope: 'station' | 'county' }
  | { kind: 'applicant' }
  | { kind: 'system' };

export interface TransitionRule {
  from: readonly ApplicationState[];
  to: ApplicationState;
  takers: readonly Taker[];
  /** A reason text is required (refusals, supplement requests, withdrawals). */
  reasonRequired: boolean;
  name: string;
}

const CLERK: Taker = { kind: 'staff', permission: 'applications.intake', scope: 'station' };
const OFFICER: Taker = { kind: 'staff', permission: 'applications.approve', scope: 'county' };
const APPLICANT: Taker = { kind: 'applicant' };
const SYSTEM: Taker = { kind: 'system' };

export const TRANSITIONS: Readonly<Record<ApplicationAction, TransitionRule>> = {
  submit: {
    from: ['draft'],
    to: 'submitted',
    takers: [CLERK, APPLICANT],
    reasonRequired: false,
    name: '提交申请',
  },
  accept: {
    from: ['submitted', 'resubmitted'],
    to: 'under-review',
    takers: [CLERK],
    reasonRequired: false,
    name: '受理审核',
  },
  'request-supplement': {
    from: ['under-review'],
    to: 'supplement-requested',
    takers: [CLERK],
    reasonRequired: true,
    name: '一次性告知补正',
  },
  resubmit: {
    from: ['supplement-requested'],
    to: 'resubmitted',
    takers: [CLERK, APPLICANT],
    reasonRequired: false,
    name: '补正后重新提交',
  },
  approve: {
    from: ['under-review'],
    to: 'approved',
    takers: [OFFICER],
    reasonRequired: false,
    name: '批准迁入',
  },
  'issue-permit': {
    from: ['approved'],
    to: 'permit-issued',
    takers: [OFFICER],
    reasonRequired: false,
    name: '签发准予迁入证明',
  },
  reject: {
    from: ['under-review'],
    to: 'rejected',
    takers: [OFFICER],
    reasonRequired: true,
    name: '不予批准',
  },
  withdraw: {
    from: [
      'draft',
      'submitted',
      'under-review',
      'supplement-requested',
      'resubmitted',
      'approved',
      'permit-issued',
    ],
    to: 'withdrawn',
    takers: [CLERK, APPLICANT],
    reasonRequired: true,
    name: '撤回申请',
  },
  expire: {
    from: ['supplement-requested', 'permit-issued'],
    to: 'expired',
    takers: [SYSTEM],
    reasonRequired: true,
    name: '逾期失效',
  },
  register: {
    from: ['permit-issued'],
    to: 'registered',
    takers: [CLERK],
    reasonRequired: false,
    name: '办理落户登记',
  },
};

/** The actions that lead out of a state, in table order. */
export function actionsFrom(state: ApplicationState): ApplicationAction[] {
  return ACTIONS.filter((a) => TRANSITIONS[a].from.includes(state));
}

export function isTerminal(state: ApplicationState): boolean {
  return TERMINAL_STATES.includes(state);
}
