// Who acts (T13.2): each kind of principal is decided on its own — nothing is allowed because someone is missing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PUBLIC,
  SYSTEM_JOBS,
  jurisdictionOf,
  nameOf,
  principalCovers,
  principalMay,
  staff,
  systemJob,
  type Principal,
  type SystemJob,
} from '../../../src/domain/access/principal.ts';
import { PERMISSIONS, ROLES, mayAct, type Permission } from '../../../src/domain/access/roles.ts';
import { makeActor } from '../../support/deps.ts';

const permissions = Object.keys(PERMISSIONS) as Permission[];
const jobs = Object.keys(SYSTEM_JOBS) as SystemJob[];
const divisions = ['5306', '530602', '530602001', '530602001001', '530621003', '530681'];
const operator: Principal = { kind: 'operator', session: '42' };

describe('principals', () => {
  it('refuses the public every staff action, in every division', () => {
    fc.assert(
      fc.property(fc.constantFrom(...permissions), fc.option(fc.constantFrom(...divisions)), (p, d) => {
        expect(principalMay(PUBLIC, p, d ?? undefined)).toBe(false);
        if (d) expect(principalCovers(PUBLIC, d)).toBe(false);
      }),
    );
    expect(jurisdictionOf(PUBLIC)).toBeNull();
  });

  it('lets a staff member do exactly what their role and jurisdiction allow', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...divisions.filter((d) => d.length <= 9)),
        fc.constantFrom(...permissions),
        fc.constantFrom(...divisions),
        (role, jurisdiction, p, d) => {
          const actor = makeActor({ role, jurisdiction });
          expect(principalMay(staff(actor), p, d)).toBe(mayAct(actor, p, d));
        },
      ),
    );
  });

  it('gives each job only the permissions its work needs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...jobs), fc.constantFrom(...permissions), (job, p) => {
        const listed = (SYSTEM_JOBS[job] as readonly Permission[]).includes(p);
        expect(principalMay(systemJob(job), p)).toBe(listed);
      }),
    );
    expect(principalMay(systemJob('expiry-sweep'), 'registry.write')).toBe(false);
  });

  it('lets the operator act city-wide, named by session', () => {
    expect(permissions.every((p) => principalMay(operator, p, '530621003'))).toBe(true);
    expect(jurisdictionOf(operator)).toBe('5306');
    expect(nameOf(operator)).toBe('cli:42');
    expect(nameOf(systemJob('demo-seed'))).toBe('system:demo-seed');
    expect(nameOf(staff(makeActor({ username: 'clerk' })))).toBe('clerk');
  });
});
