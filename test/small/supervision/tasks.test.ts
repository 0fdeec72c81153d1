// The tasks as the plan gives them (clauses.md through the clause registry) and the derived status (W2).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAUSES } from '../../../src/domain/policy/clauses.ts';
import { leafStatus, taskStatus, type LeafProgress } from '../../../src/domain/supervision/status.ts';
import { findTask, leavesOf, TASKS } from '../../../src/domain/supervision/tasks.ts';
import { parseUnitCell, unitByName } from '../../../src/domain/supervision/units.ts';
import { actionAllowedFrom, nextState } from '../../../src/domain/supervision/reports.ts';

describe('the 20 tasks', () => {
  it('are T1–T20 with their sub-items and every unit the plan names', () => {
    expect(TASKS.map((t) => t.id)).toEqual(Array.from({ length: 20 }, (_, i) => `T${i + 1}`));
    expect(findTask('T15')!.subItems.map((s) => s.id)).toEqual(
      Array.from({ length: 8 }, (_, i) => `T15.${i + 1}`),
    );
    for (const c of CLAUSES)
      for (const cell of [c.leadUnit, c.responsibleUnits])
        for (const u of parseUnitCell(cell)) expect(unitByName(u.name)?.code).toBe(u.code);
    // clauses.md: 市国土局 and 市国土资源局 are one bureau; 市人力资源办 is 市城乡统筹办.
    expect(unitByName('市国土资源局')!.code).toBe(unitByName('市国土局')!.code);
    expect(unitByName('市人力资源办(市城乡统筹办)')!.code).toBe(unitByName('市城乡统筹办')!.code);
    expect(findTask('T18')!.leadUnits).toEqual([]);
    expect(findTask('T18')!.responsibleUnits.map((u) => u.name)).toEqual(['各县区人民政府']);
  });
});

describe('derived status', () => {
  const day = fc
    .integer({ min: 0, max: 3000 })
    .map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));
  const progress: fc.Arbitrary<LeafProgress> = fc.record({
    acceptedPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    reported: fc.boolean(),
  });

  it('is done when every leaf is accepted at 100%, overdue when a leaf is late and not done', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TASKS),
        day,
        fc.array(fc.tuple(day, progress), { minLength: 8, maxLength: 8 }),
        (task, today, per) => {
          const leaves = leavesOf(task);
          const at = new Map(leaves.map((l, i) => [l.id, per[i]!]));
          const v = taskStatus(
            task,
            today,
            (id) => at.get(id)![0],
            (id) => at.get(id)![1],
          );
          const done = leaves.map((l) => (at.get(l.id)![1].acceptedPercent ?? 0) >= 100);
          const late = leaves.map((l, i) => !done[i] && today > at.get(l.id)![0]);
          expect(v.status === 'done').toBe(done.every(Boolean));
          expect(v.status === 'overdue').toBe(late.some(Boolean));
          expect(v.percent).toBeGreaterThanOrEqual(0);
          expect(v.percent).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never counts a filed but unaccepted report as progress', () => {
    expect(
      leafStatus('T4', '2030-01-01', { acceptedPercent: null, reported: true }, '2029-01-01'),
    ).toMatchObject({
      status: 'in-progress',
      percent: 0,
    });
    expect(
      leafStatus('T4', '2020-12-31', { acceptedPercent: 100, reported: true }, '2029-01-01').status,
    ).toBe('done');
  });
});

describe('the report state table', () => {
  it('files once, decides a filed report, refiles a returned one, rates an accepted one', () => {
    expect(actionAllowedFrom('file', null)).toBe(true);
    expect(actionAllowedFrom('file', 'filed')).toBe(false);
    expect(actionAllowedFrom('accept', 'returned')).toBe(false);
    expect(actionAllowedFrom('refile', 'returned')).toBe(true);
    expect(actionAllowedFrom('rate', 'filed')).toBe(false);
    expect(nextState('comment', 'returned')).toBe('returned');
    expect(nextState('return', 'filed')).toBe('returned');
  });
});
