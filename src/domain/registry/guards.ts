// Lookups and checks shared by the deciders: each failure names the field (path) the user has to fix.
import { REACTIVATABLE_REASONS } from '../codes/cancellation-reasons.ts';
import { HEAD_RELATION } from '../codes/relationships.ts';
import { DomainError } from '../errors.ts';
import { activeMembers, type Household, type Person, type RegistryState } from './model.ts';
import { demand, ruleError } from './rules.ts';

export function findPerson(state: RegistryState, personId: string, path: string): Person {
  const p = state.persons.get(personId);
  if (!p)
    throw new DomainError('not-found', `人员不存在 / person not found: ${personId}`, [
      { path, message: '人员不存在' },
    ]);
  return p;
}

export function findHousehold(state: RegistryState, householdId: string, path: string): Household {
  const h = state.households.get(householdId);
  if (!h)
    throw new DomainError('not-found', `户不存在 / household not found: ${householdId}`, [
      { path, message: '户不存在' },
    ]);
  return h;
}

/** Optimistic concurrency: the caller names the version it saw; anything else means someone changed it since. */
export function checkVersion(current: number, seen: number, path: string): void {
  if (current !== seen) {
    const message = `数据已被他人修改（当前版本 ${current}，提交的版本 ${seen}），请刷新后重试`;
    throw new DomainError('stale-version', message, [{ path, message }]);
  }
}

export function activeHousehold(
  state: RegistryState,
  householdId: string,
  version: number,
  path = 'householdId',
) {
  const h = findHousehold(state, householdId, path);
  checkVersion(h.version, version, 'version');
  demand(h.status === 'active', 'household-active', path);
  return h;
}

export function activeMember(
  state: RegistryState,
  householdId: string,
  personId: string,
  path: string,
): Person {
  const p = findPerson(state, personId, path);
  demand(p.status === 'active' && p.householdId === householdId, 'member-of-household', path);
  return p;
}

/** No active person other than `except` holds this number (T12 多重户口). */
export function checkNoActiveHolder(
  state: RegistryState,
  idNumber: string,
  path: string,
  except?: string,
): void {
  for (const p of state.persons.values()) {
    if (p.idNumber === idNumber && p.status === 'active' && p.personId !== except) {
      throw ruleError('one-active-hukou', path, idNumber);
    }
  }
}

/** A registered person may arrive (move in, found a household) only when moved out or back from service. */
export function checkMayArrive(p: Person, path: string): void {
  demand(
    p.status === 'cancelled' &&
      p.cancelledReason !== null &&
      REACTIVATABLE_REASONS.includes(p.cancelledReason),
    p.status === 'active' ? 'one-active-hukou' : 'person-may-move-in',
    path,
  );
}

/**
 * A person leaving a household (death, move-out, cancellation). The head may leave others behind only by naming one
 * of them as the new head (one head per household, T10.1); the last member leaving closes the household.
 */
export function checkLeaving(state: RegistryState, p: Person, newHeadPersonId: string | undefined): string {
  demand(p.status === 'active' && p.householdId !== null, 'person-active', 'personId');
  const householdId = p.householdId!;
  const others = activeMembers(state, householdId).filter((m) => m.personId !== p.personId);
  if (p.relation === HEAD_RELATION && others.length > 0) {
    demand(newHeadPersonId !== undefined, 'head-hands-over', 'newHeadPersonId');
    activeMember(state, householdId, newHeadPersonId, 'newHeadPersonId');
    demand(newHeadPersonId !== p.personId, 'head-hands-over', 'newHeadPersonId');
  } else {
    demand(newHeadPersonId === undefined, 'head-only-by-head-change', 'newHeadPersonId');
  }
  return householdId;
}

export function dayOf(at: string): string {
  return at.slice(0, 10);
}
