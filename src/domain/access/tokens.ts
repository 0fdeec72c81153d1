// API tokens for department systems (T13.2: department systems join the population database). A token is bound to a
// department and a jurisdiction and may do only what its scopes list; each scope grants role permissions, which
// mayAct checks on top of the department-officer role a token acts in.
export const TOKEN_SCOPES = [
  'registry.read',
  'quality.feed.deaths',
  'quality.feed.enlistments',
  // Residence-permit facts (T11.2): 人社's social-insurance years, 教育's schooling years.
  'permits.feed.insurance',
  'permits.feed.schooling',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

// The permissions each scope grants; roles.ts checks that they are permissions of its table (this module imports
// nothing of roles.ts, so the two do not import each other).
export const TOKEN_SCOPE_PERMISSIONS = {
  'registry.read': ['registry.read.department'],
  'quality.feed.deaths': ['quality.feed'],
  'quality.feed.enlistments': ['quality.feed'],
  'permits.feed.insurance': ['permits.feed'],
  'permits.feed.schooling': ['permits.feed'],
} as const satisfies Record<TokenScope, readonly string[]>;

/** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'hkt_';
/** Every token expires; a year at most, so a forgotten one dies on its own. */
export const TOKEN_MAX_DAYS = 366;

/** What a request made with a token carries besides its acting role (see Actor.token). */
export interface TokenGrant {
  id: number;
  name: string;
  scopes: readonly TokenScope[];
}

export function tokenGrants(token: TokenGrant, permission: string): boolean {
  return token.scopes.some((s) => (TOKEN_SCOPE_PERMISSIONS[s] as readonly string[]).includes(permission));
}
