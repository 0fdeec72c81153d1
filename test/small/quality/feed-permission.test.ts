// Who may send a department feed (T12): a department officer only the feed of their own department as the quality
// parameters list it, an administrator either; no other role ever, whatever their department says.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLES } from '../../../src/domain/access/roles.ts';
import { maySendFeed, type FeedKind } from '../../../src/domain/quality/index.ts';
import { params } from './fixtures.ts';

const departments = params.feedDepartments;
const anyDepartment = fc.oneof(
  fc.constantFrom(...departments.deaths, ...departments.enlistments, '教育局', '民政局', ''),
  fc.string({ maxLength: 8 }),
);

describe('sending a department feed', () => {
  it("is the listed department officers' and the administrator's alone", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.option(anyDepartment, { nil: null }),
        fc.constantFrom<FeedKind>('deaths', 'enlistments'),
        (role, department, kind) => {
          const may = maySendFeed({ role, department }, kind, departments);
          if (role === 'admin') return may;
          if (role !== 'department-officer') return !may;
          return may === departments[kind].includes((department ?? '').trim());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the health commission sends deaths, not enlistments; the military enlistments, not deaths; a school neither', () => {
    const officer = (department: string) => ({ role: 'department-officer', department });
    expect(maySendFeed(officer('卫健委'), 'deaths', departments)).toBe(true);
    expect(maySendFeed(officer(' 卫健委 '), 'deaths', departments)).toBe(true);
    expect(maySendFeed(officer('卫健委'), 'enlistments', departments)).toBe(false);
    expect(maySendFeed(officer('人武部'), 'enlistments', departments)).toBe(true);
    expect(maySendFeed(officer('人武部'), 'deaths', departments)).toBe(false);
    expect(maySendFeed(officer('教育局'), 'deaths', departments)).toBe(false);
    expect(departments.deaths.length).toBeGreaterThan(0);
  });
});
