// The life of a progress report (W2: 跟踪评估、督查指导) as a lookup table, like the settlement application's
// (src/domain/applications/states.ts): which action leads from which states to which, who takes it, whether a reason
// is required. Every action is an append-only event; comments and ratings leave the state as it is.
export const REPORT_STATES = ['filed', 'accepted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['file', 'accept', 'return', 'refile', 'comment', 'rate'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * Who takes an action: `unit` — an officer of the unit that filed the report (which must be one of the item's
 * lead or responsible units); `lead` — an officer of the item's lead unit (the supervisors for an item the plan
 * gives no lead: T18, T19); `supervisor` — the supervisors (evaluation, W2).
 */
export type ReportTaker = 'unit' | 'lead' | 'supervisor';

export interface ReportTransition {
  /** States the action starts from; null: the action creates the report. */
  from: readonly ReportState[] | null;
  /** The state after; null: unchanged. */
  to: ReportState | null;
  taker: ReportTaker;
  reasonRequired: boolean;
}

export const REPORT_TRANSITIONS = {
  file: { from: null, to: 'filed', taker: 'unit', reasonRequired: false },
  accept: { from: ['filed'], to: 'accepted', taker: 'lead', reasonRequired: false },
  return: { from: ['filed'], to: 'returned', taker: 'lead', reasonRequired: true },
  refile: { from: ['returned'], to: 'filed', taker: 'unit', reasonRequired: false },
  comment: { from: REPORT_STATES, to: null, taker: 'supervisor', reasonRequired: true },
  rate: { from: ['accepted'], to: null, taker: 'supervisor', reasonRequired: false },
} as const satisfies Record<ReportAction, ReportTransition>;

export const REPORT_STATE_NAMES: Record<ReportState, string> = {
  filed: '已报送，待牵头单位审核',
  accepted: '牵头单位已采纳',
  returned: '已退回，待重新报送',
};

export const REPORT_ACTION_NAMES: Record<ReportAction, string> = {
  file: '报送',
  accept: '采纳',
  return: '退回',
  refile: '重新报送',
  comment: '督查意见',
  rate: '评价',
};

/** May the action start from this state (file only when there is no report yet)? */
export function actionAllowedFrom(action: ReportAction, state: ReportState | null): boolean {
  const from = REPORT_TRANSITIONS[action].from;
  return from === null ? state === null : state !== null && (from as readonly ReportState[]).includes(state);
}

export function nextState(action: ReportAction, state: ReportState | null): ReportState {
  return REPORT_TRANSITIONS[action].to ?? state!;
}
