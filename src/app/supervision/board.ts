// The board (W2): the 20 tasks with their sub-items, units, due dates, accepted progress and derived status, as of
// a day (today by the app's clock unless asked). Everyone signed in reads it.
import { resolveParameter, type ParameterSet } from '../../domain/policy/parameters.ts';
import { asOfQuery, type TaskView, type TasksResponse } from '../../domain/supervision/schema.ts';
import { dueDateOf, taskStatus, type LeafStatus } from '../../domain/supervision/status.ts';
import { TASKS, type TaskItem } from '../../domain/supervision/tasks.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  acceptedPercents,
  reportedItems,
  scheduledDueDates,
} from '../../db/repositories/supervision/board.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { endOfDay, todayOf } from './days.ts';

function itemFields(i: TaskItem) {
  return {
    id: i.id,
    title: i.title,
    where: i.where,
    summary: i.summary,
    leadUnits: i.leadUnits,
    responsibleUnits: i.responsibleUnits,
    leadUnitsText: i.leadUnitsText,
    responsibleUnitsText: i.responsibleUnitsText,
  };
}

/** The plan's default due date on that day (a dated parameter: supervision.dueOn). */
export function planDueDate(set: ParameterSet, day: string): string {
  return String(resolveParameter(set, 'supervision.dueOn', day).value);
}

/** Every task's status as of the end of `day`. */
export async function boardAsOf(db: Kysely<DB>, set: ParameterSet, day: string): Promise<TaskView[]> {
  const end = endOfDay(day);
  const [accepted, reported, scheduled] = [
    await acceptedPercents(db, end),
    await reportedItems(db, end),
    await scheduledDueDates(db, end),
  ];
  const planDefault = planDueDate(set, day);
  return TASKS.map((task) => {
    const view = taskStatus(
      task,
      day,
      (id) => dueDateOf(id, task.id, scheduled, planDefault),
      (id) => ({ acceptedPercent: accepted.get(id) ?? null, reported: reported.has(id) }),
    );
    const leafOf = new Map<string, LeafStatus>(view.leaves.map((l) => [l.id, l]));
    return {
      ...itemFields(task),
      status: view.status,
      dueOn: view.dueOn,
      percent: view.percent,
      subItems: task.subItems.map((s) => {
        const l = leafOf.get(s.id)!;
        return { ...itemFields(s), status: l.status, dueOn: l.dueOn, percent: l.percent };
      }),
    };
  });
}

export async function listTasks(deps: AppDeps, ctx: RequestContext, raw: unknown): Promise<TasksResponse> {
  requirePermitted(ctx, 'supervision.board');
  const { asOf } = parseOrThrow(asOfQuery, raw);
  const today = asOf ?? todayOf(deps);
  return { today, items: await boardAsOf(deps.database.db, deps.policy.parameters, today) };
}

export async function showTask(deps: AppDeps, ctx: RequestContext, id: string): Promise<TaskView> {
  const { items } = await listTasks(deps, ctx, {});
  const task = items.find((t) => t.id === id);
  if (!task) throw notFoundTask(id);
  return task;
}

export function notFoundTask(id: string) {
  return new DomainError('not-found', `没有这项任务 / no such task: ${id}`, [
    { path: 'id', message: '不是工作方案的任务或子项 / not a task or sub-item of the plan' },
  ]);
}
