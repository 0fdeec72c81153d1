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

  it('no role ever acts outside its jurisdiction, and acts inside it when it has the permission', () => {
    // A target inside the actor's jurisdiction (the jurisdiction followed by digits to 12) as often as one outside
    // (12 digits that do not start with it): random 12 digits alone almost never fall inside.
    const inside = (j: string) => digits(12 - j.length).map((rest) => ({ division: j + rest, inside: true }));
    const outside = (j: string) =>
      digits(12)
        .filter((d) => !d.startsWith(j))
        .map((division) => ({ division, inside: false }));
    const seen = { allowed: 0, refusedOutside: 0, refusedWithoutPermission: 0 };
    fc.assert(
      fc.property(
        role,
        jurisdiction.chain((j) =>
          fc.tuple(
            fc.constant(j),
            fc.oneof({ arbitrary: inside(j), weight: 1 }, { arbitrary: outside(j), weight: 1 }),
          ),
        ),
        permission,
        (r, [j, target], p) => {
          const actor = { id: 1, username: 'u', role: r, jurisdiction: j, department: null };
          const allowed = mayAct(actor, p, target.division);
          expect(target.division.startsWith(j)).toBe(target.inside);
          expect(allowed).toBe(target.inside && hasPermission(r, p));
          if (allowed) seen.allowed++;
          else if (!target.inside) seen.refusedOutside++;
          else seen.refusedWithoutPermission++;
        },
      ),
      { numRuns: 400 },
    );
    // Both sides of the property were exercised, not only refusals.
    expect(seen.allowed).toBeGreaterThan(20);
    expect(seen.refusedOutside).toBeGreaterThan(100);
    expect(seen.refusedWithoutPermission).toBeGreaterThan(0);
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
