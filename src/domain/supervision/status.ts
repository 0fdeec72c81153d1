// A task's status is derived, never stored (W2): from its leaves' due dates, the day, and the percent of each leaf's
// latest ACCEPTED report. Filed or returned reports show work under way but never count as progress.
import { leavesOf, type Task } from './tasks.ts';

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_NAMES: Record<TaskStatus, string> = {
  'not-started': '未开始',
  'in-progress': '推进中',
  done: '已完成',
  overdue: '已逾期',
};

/** What the reports of one leaf say, as of a day. */
export interface LeafProgress {
  /** Percent of the latest accepted report; null when none was accepted. */
  acceptedPercent: number | null;
  /** Any report filed (whatever its state). */
  reported: boolean;
}

export interface LeafStatus {
  id: string;
  dueOn: string;
  percent: number;
  status: TaskStatus;
}

export const DONE_PERCENT = 100;

export function leafStatus(id: string, dueOn: string, p: LeafProgress, today: string): LeafStatus {
  const percent = p.acceptedPercent ?? 0;
  const status: TaskStatus =
    percent >= DONE_PERCENT
      ? 'done'
      : today > dueOn
        ? 'overdue'
        : p.reported || percent > 0
          ? 'in-progress'
          : 'not-started';
  return { id, dueOn, percent, status };
}

export interface TaskStatusView {
  status: TaskStatus;
  percent: number;
  /** The latest due date of its leaves: the task is over when its last item is. */
  dueOn: string;
  leaves: LeafStatus[];
}

/**
 * The task's status from its leaves: done when all are, overdue when any is, in progress when any has started.
 * `dueOf(id)` gives a leaf's due date; `progressOf(id)` what its reports say.
 */
export function taskStatus(
  task: Task,
  today: string,
  dueOf: (id: string) => string,
  progressOf: (id: string) => LeafProgress,
): TaskStatusView {
  const leaves = leavesOf(task).map((l) => leafStatus(l.id, dueOf(l.id), progressOf(l.id), today));
  const has = (s: TaskStatus) => leaves.some((l) => l.status === s);
  const status: TaskStatus = leaves.every((l) => l.status === 'done')
    ? 'done'
    : has('overdue')
      ? 'overdue'
      : has('in-progress') || has('done')
        ? 'in-progress'
        : 'not-started';
  const percent = Math.round(leaves.reduce((s, l) => s + l.percent, 0) / leaves.length);
  const dueOn = leaves.map((l) => l.dueOn).sort()[leaves.length - 1]!;
  return { status, percent, dueOn, leaves };
}

/**
 * A leaf's due date: the supervision office's latest date for the leaf, else for its task, else the plan's dated
 * default (policy/parameters/supervision.yaml, supervision.dueOn: the plan's 2020 target, T1).
 */
export function dueDateOf(
  leafId: string,
  taskId: string,
  scheduled: ReadonlyMap<string, string>,
  planDefault: string,
): string {
  return scheduled.get(leafId) ?? scheduled.get(taskId) ?? planDefault;
}
