// Who acts (T13.2). Every use case learns who is asking from one of four kinds, and every permission check switches
// on the kind exhaustively: nothing is allowed because someone is missing. (Before, a null actor stood at once for
// the CLI operator, the scheduled jobs, the demo seed and the public, and checks written `actor && !may(...)` let all
// four through.)
import { CITY_CODE } from '../divisions/city.ts';
import { coversDivision, mayAct, type Actor, type Permission } from './roles.ts';

export type Principal =
  /** A signed-in user, or a department system with an API token (actor.token set). */
  | { kind: 'staff'; actor: Actor }
  /** A resident or applicant who is not signed in: public endpoints identify them by what they know. */
  | { kind: 'public' }
  /** A scheduled job or the demo seed, named for the audit. */
  | { kind: 'system'; job: SystemJob }
  /** The operator at the server's own terminal (the `hukou` CLI): city-wide, as the database owner would be. */
  | { kind: 'operator'; session: string };

export type PrincipalKind = Principal['kind'];

/** The jobs that act on their own, and what each may do: no more than its work needs. */
export const SYSTEM_JOBS = {
  'demo-seed': ['users.manage', 'registry.write', 'registry.import'],
  'expiry-sweep': ['applications.approve'],
  'quality-watch': ['quality.resolve', 'quality.feed'],
  // The daily sweep that suspends permits whose endorsement is late (Decree 663 art. 10).
  'permit-sweep': ['permits.manage'],
} as const satisfies Record<string, readonly Permission[]>;
export type SystemJob = keyof typeof SYSTEM_JOBS;

/** One handler per kind, checked by the compiler: adding a kind breaks every decision that has not considered it. */
export type ByKind<T> = { [K in PrincipalKind]: (who: Extract<Principal, { kind: K }>) => T };

export function decide<T>(who: Principal, by: ByKind<T>): T {
  return (by[who.kind] as (p: Principal) => T)(who);
}

/** May this principal take this action on data in this division? The public may not take any staff action. */
export function principalMay(who: Principal, permission: Permission, divisionCode?: string): boolean {
  return decide(who, {
    staff: ({ actor }) => mayAct(actor, permission, divisionCode),
    operator: () => true,
    system: ({ job }) => (SYSTEM_JOBS[job] as readonly Permission[]).includes(permission),
    public: () => false,
  });
}

/**
 * The division the principal acts within: a staff member's jurisdiction, the whole city for the operator and the
 * jobs, none for the public (null: it covers nothing).
 */
export function jurisdictionOf(who: Principal): string | null {
  return decide<string | null>(who, {
    staff: ({ actor }) => actor.jurisdiction,
    operator: () => CITY_CODE,
    system: () => CITY_CODE,
    public: () => null,
  });
}

export function principalCovers(who: Principal, divisionCode: string): boolean {
  const jurisdiction = jurisdictionOf(who);
  return jurisdiction !== null && coversDivision(jurisdiction, divisionCode);
}

/** The name written in `created_by` / `issued_by` columns and registry events' actor field. */
export function nameOf(who: Principal): string {
  return decide(who, {
    staff: ({ actor }) => (actor.token ? `token:${actor.token.id}` : actor.username),
    operator: ({ session }) => `cli:${session}`,
    system: ({ job }) => `system:${job}`,
    public: () => 'public',
  });
}

/** The signed-in staff member, or null for every other kind: for display and audit fields, never for a permission. */
export function staffActor(who: Principal): Actor | null {
  return who.kind === 'staff' ? who.actor : null;
}

export const PUBLIC: Principal = { kind: 'public' };

export function staff(actor: Actor): Principal {
  return { kind: 'staff', actor };
}

export function systemJob(job: SystemJob): Principal {
  return { kind: 'system', job };
}
