// Deciding one transition: the lookup table says whether the action leads out of the current state, and whether
// this taker (role + jurisdiction, the applicant, or the system) may take it. Pure; the use case stores the event.
import { coversDivision, hasPermission, type Actor } from '../access/roles.ts';
import { DomainError } from '../errors.ts';
import { TRANSITIONS, type ApplicationAction, type ApplicationState, type Taker } from './states.ts';

/** Who takes an action; the CLI operator is named so that no taker of the table matches it. */
export type ActingParty =
  { kind: 'staff'; actor: Actor } | { kind: 'applicant' } | { kind: 'system' } | { kind: 'operator' };

export interface ApplicationPlace {
  state: ApplicationState;
  /** Destination police station: the 9-digit town code. */
  stationCode: string;
  /** Destination county: 6 digits (the distribution key). */
  countyCode: string;
}

function takerMatches(t: Taker, party: ActingParty, app: ApplicationPlace): boolean {
  if (t.kind !== party.kind) return false;
  if (t.kind !== 'staff' || party.kind !== 'staff') return true;
  if (!hasPermission(party.actor.role, t.permission)) return false;
  return coversDivision(party.actor.jurisdiction, t.scope === 'station' ? app.stationCode : app.countyCode);
}

/** May this party take this action on this application now? (No throw: for menus, queues and properties.) */
export function mayTake(action: ApplicationAction, party: ActingParty, app: ApplicationPlace): boolean {
  const rule = TRANSITIONS[action];
  return rule.from.includes(app.state) && rule.takers.some((t) => takerMatches(t, party, app));
}

/** The state after the action, or a DomainError: conflict for a wrong state, forbidden for a wrong taker. */
export function decideTransition(
  action: ApplicationAction,
  party: ActingParty,
  app: ApplicationPlace,
  reason: string | null,
): ApplicationState {
  const rule = TRANSITIONS[action];
  if (!rule.takers.some((t) => takerMatches(t, party, { ...app, state: rule.from[0]! }))) {
    throw new DomainError(
      'forbidden',
      `无权办理“${rule.name}”或超出辖区 / not permitted for your role or jurisdiction`,
    );
  }
  if (!rule.from.includes(app.state)) {
    throw new DomainError(
      'conflict',
      `申请当前状态不能${rule.name} / action ${action} is not allowed in state ${app.state}`,
      [{ path: 'state', message: app.state }],
    );
  }
  if (rule.reasonRequired && !reason?.trim()) {
    throw DomainError.invalid([{ path: 'reason', message: `${rule.name}须说明理由 / a reason is required` }]);
  }
  return rule.to;
}
