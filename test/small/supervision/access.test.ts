// Who may file, decide, comment and rate (W2), as properties over every role, department, token and item: only an
// officer of one of the item's units files, and only for that unit; only the lead unit decides (the supervisors
// where the plan names no lead); only supervisors comment and rate; a department system's token does none of it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLES, type Actor } from '../../../src/domain/access/roles.ts';
import { DEPARTMENTS } from '../../../src/domain/access/departments.ts';
import { mayReadReports, mayTakeReportAction, unitCodeOf } from '../../../src/domain/supervision/access.ts';
import { REPORT_ACTIONS, REPORT_TRANSITIONS } from '../../../src/domain/supervision/reports.ts';
import { findItem, LEAF_IDS, type TaskItem } from '../../../src/domain/supervision/tasks.ts';
import { UNITS } from '../../../src/domain/supervision/units.ts';

const departmentNames = [...Object.values(DEPARTMENTS).map((d) => d.name), '发改委', '', '市卫计委'];
const actorArb = fc.record({
  id: fc.integer({ min: 1, max: 50 }),
  username: fc.constant('u'),
  role: fc.constantFrom(...ROLES),
  jurisdiction: fc.constantFrom('5306', '530602', '530602001'),
  department: fc.option(fc.constantFrom(...departmentNames), { nil: null }),
  token: fc.option(fc.constant({ id: 1, scopes: ['registry.read' as const] }), { nil: undefined }),
}) as fc.Arbitrary<Actor>;
const itemArb = fc.constantFrom(...LEAF_IDS).map((id) => findItem(id)! as TaskItem);
const unitArb = fc.constantFrom(...UNITS.map((u) => u.code));

const codes = (units: { code: string }[]) => units.map((u) => u.code);

describe('supervision permissions', () => {
  it('files only an officer of one of the item’s units, for their own unit', () => {
    fc.assert(
      fc.property(actorArb, itemArb, (actor, item) => {
        const unit = unitCodeOf(actor);
        const expected =
          !actor.token &&
          (actor.role === 'department-officer' || actor.role === 'city-officer') &&
          unit !== null &&
          [...codes(item.leadUnits), ...codes(item.responsibleUnits)].includes(unit);
        expect(mayTakeReportAction(actor, 'file', item, null)).toBe(expected);
        // A refile is the filing unit's own: never another unit's.
        for (const other of UNITS.filter((u) => u.code !== unit))
          expect(mayTakeReportAction(actor, 'refile', item, other.code)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides only the lead unit (the supervisors where the plan names no lead)', () => {
    fc.assert(
      fc.property(
        actorArb,
        itemArb,
        unitArb,
        fc.constantFrom('accept', 'return') as fc.Arbitrary<'accept'>,
        (actor, item, reportUnit, action) => {
          const unit = unitCodeOf(actor);
          const expected = item.leadUnits.length
            ? unit !== null && codes(item.leadUnits).includes(unit)
            : actor.role === 'supervisor' && !actor.token;
          expect(mayTakeReportAction(actor, action, item, reportUnit)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('comments and rates only a supervisor, who belongs to no unit and files nothing', () => {
    fc.assert(
      fc.property(actorArb, itemArb, unitArb, (actor, item, reportUnit) => {
        const supervisor = actor.role === 'supervisor' && !actor.token;
        expect(mayTakeReportAction(actor, 'comment', item, reportUnit)).toBe(supervisor);
        expect(mayTakeReportAction(actor, 'rate', item, reportUnit)).toBe(supervisor);
        if (supervisor) {
          expect(mayTakeReportAction(actor, 'file', item, null)).toBe(false);
          expect(mayReadReports(actor, item)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('puts every department in a unit, and the city police in 市公安局', () => {
    for (const d of Object.values(DEPARTMENTS)) {
      const actor = {
        id: 1,
        username: 'x',
        role: 'department-officer',
        jurisdiction: '5306',
        department: d.name,
      } as const;
      expect(unitCodeOf(actor)).toBe(d.code);
    }
    expect(
      unitCodeOf({ id: 1, username: 'c', role: 'city-officer', jurisdiction: '5306', department: null }),
    ).toBe('psb');
    expect(
      unitCodeOf({ id: 1, username: 'c', role: 'county-officer', jurisdiction: '530602', department: null }),
    ).toBe(null);
  });

  it('has a taker for every action of the state table', () => {
    for (const a of REPORT_ACTIONS)
      expect(['unit', 'lead', 'supervisor']).toContain(REPORT_TRANSITIONS[a].taker);
  });
});
