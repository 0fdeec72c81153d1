// Roles and jurisdictions (T13.2: who may read and change what). Pure: the API asks these functions, the
// database only stores the answers' inputs.
import { TOKEN_SCOPE_PERMISSIONS, tokenGrants, type TokenGrant, type TokenScope } from './tokens.ts';

export const ROLES = [
  'admin',
  'station-clerk',
  'county-officer',
  'city-officer',
  'department-officer',
  'supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
  'station-clerk': { 'zh-CN': '派出所户籍民警', en: 'Police-station clerk' },
  'county-officer': { 'zh-CN': '县（区）公安局民警', en: 'County PSB officer' },
  'city-officer': { 'zh-CN': '市公安局民警', en: 'City PSB officer' },
  'department-officer': { 'zh-CN': '部门工作人员', en: 'Department officer' },
  supervisor: { 'zh-CN': '督查人员', en: 'Supervisor' },
};

/** The division levels a jurisdiction may name: city (4 digits), county (6), town / station (9). */
const JURISDICTION_PATTERN = /^(\d{4}|\d{6}|\d{9})$/;

export function isJurisdictionCode(code: string): boolean {
  return JURISDICTION_PATTERN.test(code);
}

/**
 * A user acts within a jurisdiction: a division code, and everything below it on the division tree
 * (codes are hierarchical by prefix: 5306 ⊃ 530602 ⊃ 530602001 ⊃ 530602001001).
 */
export function coversDivision(jurisdiction: string, divisionCode: string): boolean {
  return isJurisdictionCode(jurisdiction) && divisionCode.startsWith(jurisdiction);
}

export interface Actor {
  id: number;
  username: string;
  role: Role;
  jurisdiction: string;
  department: string | null;
  /** Set when a department system acts with an API token: it may do only what the token's scopes grant. */
  token?: TokenGrant;
}

/** Role actions used across modules. Each module adds its own entries; a role not listed may not act. */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'registry.read': ['station-clerk', 'county-officer', 'city-officer', 'admin'],
  // Through the department's field scope only (field-scopes.ts): masked, fields outside the scope removed.
  'registry.read.department': ['department-officer'],
  'registry.write': ['station-clerk', 'county-officer', 'city-officer'],
  'applications.intake': ['station-clerk'],
  'applications.approve': ['county-officer', 'city-officer'],
  'quality.resolve': ['station-clerk', 'county-officer', 'city-officer'],
  'quality.feed': ['department-officer', 'admin'],
  'statistics.read': ['county-officer', 'city-officer', 'supervisor', 'department-officer', 'admin'],
  'supervision.read': ['supervisor', 'city-officer', 'admin'],
  'policy.manage': ['city-officer', 'admin'],
  'registry.import': ['admin'],
  // Residence registration and permits (T11, issue 15): the residence's station takes them; officers read.
  'permits.manage': ['station-clerk'],
  'permits.read': ['station-clerk', 'county-officer', 'city-officer'],
  // 人社 (social-insurance years) and 教育 (schooling years) send the facts entitlements depend on.
  'permits.feed': ['department-officer', 'admin'],
  // Reform supervision (W1, W2; src/domain/supervision/access.ts adds the unit checks): everyone signed in reads
  // the board; a unit's officers report (department officers by their department, city officers for 市公安局); the
  // lead unit decides; the supervisors evaluate; the supervision office sets due dates.
  'supervision.board': [
    'admin',
    'station-clerk',
    'county-officer',
    'city-officer',
    'department-officer',
    'supervisor',
  ],
  'supervision.report': ['department-officer', 'city-officer'],
  'supervision.decide': ['department-officer', 'city-officer'],
  'supervision.evaluate': ['supervisor'],
  'supervision.schedule': ['city-officer', 'supervisor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;
// Every permission a token scope grants is one of this table's.
TOKEN_SCOPE_PERMISSIONS satisfies Record<TokenScope, readonly Permission[]>;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** May this actor take this action on data registered in this division? */
export function mayAct(actor: Actor, permission: Permission, divisionCode?: string): boolean {
  if (!hasPermission(actor.role, permission)) return false;
  if (actor.token && !tokenGrants(actor.token, permission)) return false;
  return divisionCode === undefined || coversDivision(actor.jurisdiction, divisionCode);
}
