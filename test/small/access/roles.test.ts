import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coversDivision,
  hasPermission,
  mayAct,
  PERMISSIONS,
  ROLES,
  type Permission,
} from '../../../src/domain/access/roles.ts';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const jurisdiction = fc.oneof(digits(4), digits(6), digits(9));
const role = fc.constantFrom(...ROLES);
const permission = fc.constantFrom(...(Object.keys(PERMISSIONS) as Permission[]));

describe('roles and jurisdictions (T13.2)', () => {
  it('a jurisdiction covers exactly the divisions below it', () => {
    expect(coversDivision('5306', '530602001001')).toBe(true);
    expect(coversDivision('530602', '530621001')).toBe(false);
    expect(coversDivision('530602001', '530602')).toBe(false);
    expect(coversDivision('53', '530602')).toBe(false);
  });

  it('no role ever acts outside its jurisdiction', () => {
    fc.assert(
      fc.property(role, jurisdiction, digits(12), permission, (r, j, division, p) => {
        const actor = { id: 1, username: 'u', role: r, jurisdiction: j, department: null };
        if (mayAct(actor, p, division)) {
          expect(division.startsWith(j)).toBe(true);
          expect(hasPermission(r, p)).toBe(true);
        }
      }),
    );
  });

  it('a role without the permission is refused everywhere, even in its own jurisdiction', () => {
    fc.assert(
      fc.property(role, jurisdiction, permission, (r, j, p) => {
        const actor = { id: 1, username: 'u', role: r, jurisdiction: j, department: null };
        if (!hasPermission(r, p)) expect(mayAct(actor, p, j)).toBe(false);
      }),
    );
  });

  it('only admins manage users; supervisors never write the registry', () => {
    for (const r of ROLES) expect(hasPermission(r, 'users.manage')).toBe(r === 'admin');
    expect(hasPermission('supervisor', 'registry.write')).toBe(false);
    expect(hasPermission('department-officer', 'registry.write')).toBe(false);
  });
});
