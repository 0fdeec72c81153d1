// A residence permit's state derived from its append-only events, and the decisions of each action: the state
// table says what may follow what and who may do it; the entitlement calculator (entitlements.ts) says where the
// permit stands on a date. One walk, so the stored permit, the work lists and the holder's page agree.
import { coversDivision, hasPermission, type Actor } from '../access/roles.ts';
import { DomainError } from '../errors.ts';
import { addMonths } from '../policy/dates.ts';
import { resolveParameter, type ParameterSet } from '../policy/parameters.ts';
import { permitStatus, type PermitStanding } from './entitlements.ts';
import { PERMIT_TRANSITIONS, type PermitAction, type PermitState, type PermitTaker } from './states.ts';

/** One stored event, as the projection needs it. */
export interface PermitEventFact {
  action: PermitAction | 'apply';
  /** The calendar day the event took effect (an endorsement's date, the issue date). */
  on: string;
}

export interface PermitFacts {
  state: PermitState;
  issuedOn: string | null;
  endorsements: string[];
  /** The card's edition: 1 at issue, +1 for each renewal or replacement (the older cards stop verifying). */
  cardEdition: number;
}

/** Replay the events in order (the projection is only a cache of this). */
export function replayPermit(events: readonly PermitEventFact[]): PermitFacts {
  const facts: PermitFacts = { state: 'applied', issuedOn: null, endorsements: [], cardEdition: 0 };
  for (const e of events) {
    if (e.action === 'apply') continue;
    const rule = PERMIT_TRANSITIONS[e.action];
    if (e.action === 'issue') {
      facts.issuedOn = e.on;
      facts.cardEdition = 1;
    }
    if (e.action === 'endorse') facts.endorsements.push(e.on);
    if (e.action === 'renew' || e.action === 'replace') facts.cardEdition += 1;
    if (rule.to) facts.state = rule.to;
  }
  return facts;
}

/** Where a permit stands on a date: the calculator's answer for an issued permit, the stored state otherwise. */
export function standingOn(
  facts: Pick<PermitFacts, 'state' | 'issuedOn' | 'endorsements'>,
  asOf: string,
  set: ParameterSet,
  divisionCode: string,
): { state: PermitState; standing: PermitStanding | null } {
  if (!facts.issuedOn || facts.state === 'applied' || facts.state === 'cancelled')
    return { state: facts.state, standing: null };
  const standing = permitStatus(
    { asOf, divisionCode, permit: { issuedOn: facts.issuedOn, endorsements: facts.endorsements } },
    set,
  );
  // An expiry recorded by the sweep is final: a late endorsement cannot revive an expired permit.
  return { state: facts.state === 'expired' ? 'expired' : standing.status, standing };
}

/** The endorsement window of the coming anniversary: it opens rp.endorsementWindowMonths before it. */
export function endorsementWindow(
  anniversary: string,
  set: ParameterSet,
  asOf: string,
  divisionCode: string,
) {
  const months = resolveParameter(set, 'rp.endorsementWindowMonths', asOf, divisionCode).value as number;
  return { opens: addMonths(anniversary, -months), closes: anniversary };
}

/** Who may act on a permit: the residence's station (9-digit code) for staff; the sweep for the system. */
export type PermitParty = { kind: 'staff'; actor: Actor } | { kind: 'system' } | { kind: 'other' };

function takerMatches(t: PermitTaker, party: PermitParty, stationCode: string, countyCode: string) {
  if (t.kind === 'system') return party.kind === 'system';
  if (party.kind !== 'staff' || !hasPermission(party.actor.role, t.permission)) return false;
  if (party.actor.token) return false; // department systems send facts, they do not act on permits
  return coversDivision(party.actor.jurisdiction, t.scope === 'station' ? stationCode : countyCode);
}

export function mayTakePermitAction(
  action: PermitAction,
  party: PermitParty,
  place: { stationCode: string; countyCode: string },
): boolean {
  return PERMIT_TRANSITIONS[action].takers.some((t) =>
    takerMatches(t, party, place.stationCode, place.countyCode),
  );
}

/**
 * The state after an action (null = unchanged), or a DomainError: forbidden first (before anything about the
 * permit's state is revealed), then conflict for a wrong state, then a missing reason.
 */
export function decidePermitAction(
  action: PermitAction,
  party: PermitParty,
  place: { state: PermitState; stationCode: string; countyCode: string },
  reason: string | null,
): PermitState | null {
  const rule = PERMIT_TRANSITIONS[action];
  if (!mayTakePermitAction(action, party, place)) {
    throw new DomainError(
      'forbidden',
      `无权办理“${rule.name}”或超出辖区 / not permitted for your role or jurisdiction`,
    );
  }
  if (!rule.from.includes(place.state)) {
    throw new DomainError(
      'conflict',
      `居住证当前状态不能${rule.name} / ${action} is not allowed when the permit is ${place.state}`,
      [{ path: 'status', message: place.state }],
    );
  }
  if (rule.reasonRequired && !reason?.trim())
    throw DomainError.invalid([{ path: 'reason', message: `${rule.name}须说明理由 / a reason is required` }]);
  return rule.to;
}

/**
 * An endorsement on `on`: too early before the window opens (refused, saying when it opens); on time inside it;
 * late after the anniversary (the permit resumes and its continuous years count again from this day, art. 10).
 */
export function endorsementTiming(
  facts: Pick<PermitFacts, 'state' | 'issuedOn' | 'endorsements'>,
  on: string,
  set: ParameterSet,
  divisionCode: string,
): 'on-time' | 'late' {
  const { standing } = standingOn(facts, on, set, divisionCode);
  if (!standing) throw new DomainError('conflict', '居住证尚未制发 / the permit has not been issued');
  // On the anniversary itself the calculator already sees it missed until this very endorsement: still on time.
  if (standing.status !== 'valid') return on === standing.anniversary ? 'on-time' : 'late';
  const window = endorsementWindow(standing.anniversary, set, on, divisionCode);
  if (facts.endorsements.some((e) => e >= window.opens && e <= window.closes))
    throw new DomainError('conflict', `本年度已签注 / already endorsed for the year ending ${window.closes}`);
  if (on < window.opens) {
    throw new DomainError(
      'rule-violation',
      `签注应在每满一年前一个月内办理，本次可于 ${window.opens} 至 ${window.closes} 办理 / the endorsement window opens on ${window.opens}`,
      [{ path: 'endorsement', message: `签注期：${window.opens} — ${window.closes}` }],
    );
  }
  return 'on-time';
}
