// The pure parts of department views: masking, the department list, and projections that never return more than
// the scope holds (fast-check over arbitrary records).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName } from '../../../src/domain/applications/masking.ts';
import { DEPARTMENTS, departmentOf } from '../../../src/domain/access/departments.ts';
import {
  FIELD_SCOPES,
  HOUSEHOLD_FIELDS,
  MASKED_FIELDS,
  PERSON_FIELDS,
} from '../../../src/domain/access/field-scopes.ts';
import { fieldsOutside, viewOfDepartment } from '../../../src/domain/access/views.ts';
import { mayAct } from '../../../src/domain/access/roles.ts';

describe('masking', () => {
  it('keeps the surname (compound ones whole) and the ends of an ID number', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskIdNumber('530602199001011234', 4)).toBe('5306**********1234');
    expect(maskIdNumber('530602199001011234')).toBe('530602********1234');
  });
});

describe('departments', () => {
  it('resolves codes, names and aliases to one department; the feed names stay canonical', () => {
    expect(departmentOf('卫计委')?.name).toBe('卫健委');
    expect(departmentOf('health')?.name).toBe('卫健委');
    expect(departmentOf(' 人武部 ')?.code).toBe('military');
    expect(departmentOf('某某局')).toBeUndefined();
    expect(Object.keys(DEPARTMENTS)).toContain('education');
  });
});

describe('views', () => {
  const person = fc.record({
    ...Object.fromEntries(PERSON_FIELDS.map((f) => [f, fc.string()])),
    name: fc.stringMatching(/^[\u4e00-\u9fa5]{2,5}$/),
    idNumber: fc.stringMatching(/^\d{17}[\dX]$/),
  });
  const household = fc.record(Object.fromEntries(HOUSEHOLD_FIELDS.map((f) => [f, fc.string()])));
  const department = fc.constantFrom(...Object.values(DEPARTMENTS).map((d) => d.name));

  it('return only the items of the scope, names and ID numbers never in the clear', () => {
    fc.assert(
      fc.property(department, person, household, (d, p, h) => {
        const view = viewOfDepartment(d);
        if (!view) {
          expect(FIELD_SCOPES[departmentOf(d)!.code]).toBeUndefined();
          return;
        }
        const out = view.person(p);
        for (const k of Object.keys(out)) expect(view.scope.person).toContain(k);
        for (const k of MASKED_FIELDS)
          if (k in out) expect(out[k]).not.toBe((p as Record<string, unknown>)[k]);
        for (const k of Object.keys(view.household(h))) expect(view.scope.household).toContain(k);
      }),
    );
  });

  it('name the fields a reveal may not have', () => {
    expect(fieldsOutside(FIELD_SCOPES.education!, ['name', 'occupation', 'idNumber'])).toEqual([
      'occupation',
      'idNumber',
    ]);
  });

  it('limit a token to its scopes', () => {
    const actor = {
      id: -1,
      username: 'token:1',
      role: 'department-officer' as const,
      jurisdiction: '5306',
      department: '卫健委',
    };
    expect(
      mayAct(
        { ...actor, token: { id: 1, name: 't', scopes: ['quality.feed.deaths'] } },
        'registry.read.department',
      ),
    ).toBe(false);
    expect(
      mayAct(
        { ...actor, token: { id: 1, name: 't', scopes: ['registry.read'] } },
        'registry.read.department',
      ),
    ).toBe(true);
    expect(mayAct(actor, 'registry.read')).toBe(false);
  });
});
