// Invariants of the register as a whole. decide.ts refuses any event after which one would break; the database
// holds the same ones with constraints (migrations 01xx) so that no caller, concurrent or not, can break them.
import { HEAD_RELATION } from '../codes/relationships.ts';
import { addressKey, type RegistryState } from './model.ts';
import type { RegistryRule } from './rules.ts';

export interface Violation {
  rule: RegistryRule;
  /** The person or household id concerned. */
  subject: string;
}

export function violations(state: RegistryState): Violation[] {
  const found: Violation[] = [];
  const activeById = new Map<string, string>();
  const headsByHousehold = new Map<string, number>();
  const membersByHousehold = new Map<string, number>();
  for (const p of state.persons.values()) {
    if (p.status !== 'active') continue;
    const other = activeById.get(p.idNumber);
    if (other) found.push({ rule: 'one-active-hukou', subject: p.personId });
    activeById.set(p.idNumber, p.personId);
    const household = p.householdId ? state.households.get(p.householdId) : undefined;
    if (!household || household.status !== 'active') {
      found.push({ rule: 'active-member-in-active-household', subject: p.personId });
      continue;
    }
    membersByHousehold.set(household.householdId, (membersByHousehold.get(household.householdId) ?? 0) + 1);
    if (p.relation === HEAD_RELATION) {
      headsByHousehold.set(household.householdId, (headsByHousehold.get(household.householdId) ?? 0) + 1);
    }
  }
  const familyAddresses = new Set<string>();
  for (const h of state.households.values()) {
    if (h.status !== 'active') continue;
    if ((headsByHousehold.get(h.householdId) ?? 0) !== 1)
      found.push({ rule: 'one-head', subject: h.householdId });
    if (h.kind !== 'family') continue;
    const key = addressKey(h.address);
    if (familyAddresses.has(key)) found.push({ rule: 'one-address-one-household', subject: h.householdId });
    familyAddresses.add(key);
  }
  return found;
}
