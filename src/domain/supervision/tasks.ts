// The plan's 20 tasks (四、主要任务 1–20) and their sub-items (10(1) … 16(2)), built from the clause registry
// (clauses.data.json, generated from ../shared/policy/clauses.md) so the units are exactly as written there. A task
// with sub-items has no row of its own in clauses.md: its units are those of its sub-items, in order, once each.
import { CLAUSES, type Clause } from '../policy/clauses.ts';
import { parseUnitCell, type UnitRef } from './units.ts';

export interface TaskItem {
  /** The clause id: T4, T10.1 … */
  id: string;
  /** The parent task's id (T10 for T10.1; the task itself for a task without sub-items). */
  taskId: string;
  title: string;
  where: string;
  summary: string;
  leadUnits: UnitRef[];
  responsibleUnits: UnitRef[];
  /** The cells as written in clauses.md (with their 等), shown beside the parsed lists. */
  leadUnitsText: string | null;
  responsibleUnitsText: string | null;
}

export interface Task extends TaskItem {
  subItems: TaskItem[];
}

const TASK_ID = /^T(\d+)(?:\.(\d+))?$/;

const clip = (s: string) => (s.length > 26 ? `${s.slice(0, 26)}…` : s);

/** The task's heading in the plan's text: "10.完善城乡统一的户口登记制度。" → 完善城乡统一的户口登记制度. */
function headingOf(c: Clause): string {
  return clip(
    c.text
      .replace(/^\d+\./, '')
      .split(/[，。,;；]/)[0]!
      .trim(),
  );
}

/** A clause's title: the words after the plan's numbering in `where`; a sub-item's own first phrase; else the heading. */
function titleOf(c: Clause): string {
  const words = c.where.replace(/^\S+\s+\S+\s*/, '').trim();
  if (words && !/^\d/.test(words)) return words;
  const sub = /\n\(\d+\)([^，。,;；]+)/.exec(c.text);
  return sub ? clip(sub[1]!.trim()) : headingOf(c);
}

function itemOf(c: Clause, taskId: string): TaskItem {
  return {
    id: c.id,
    taskId,
    title: titleOf(c),
    where: c.where,
    summary: c.summary,
    leadUnits: parseUnitCell(c.leadUnit),
    responsibleUnits: parseUnitCell(c.responsibleUnits),
    leadUnitsText: c.leadUnit,
    responsibleUnitsText: c.responsibleUnits,
  };
}

function union(lists: UnitRef[][]): UnitRef[] {
  const seen = new Set<string>();
  return lists.flat().filter((x) => !seen.has(x.code) && seen.add(x.code));
}

function buildTasks(): Task[] {
  const tasks = new Map<string, { own?: Clause; subs: Clause[] }>();
  for (const c of CLAUSES) {
    const m = TASK_ID.exec(c.id);
    if (!m) continue;
    const taskId = `T${m[1]}`;
    const entry = tasks.get(taskId) ?? { subs: [] };
    if (m[2]) entry.subs.push(c);
    else entry.own = c;
    tasks.set(taskId, entry);
  }
  return [...tasks.entries()].map(([taskId, { own, subs }]) => {
    const subItems = subs.map((c) => itemOf(c, taskId));
    if (own) return { ...itemOf(own, taskId), subItems };
    return {
      id: taskId,
      taskId,
      title: headingOf(subs[0]!),
      where: subs[0]!.where.replace(/\(\d+\)$/, ''),
      summary: subItems.map((s) => s.summary).join(' / '),
      leadUnits: union(subItems.map((s) => s.leadUnits)),
      responsibleUnits: union(subItems.map((s) => s.responsibleUnits)),
      leadUnitsText: null,
      responsibleUnitsText: null,
      subItems,
    };
  });
}

/** The 20 tasks in the plan's order. */
export const TASKS: readonly Task[] = buildTasks();

const ITEMS: ReadonlyMap<string, TaskItem | Task> = new Map(
  TASKS.flatMap((t) => [[t.id, t] as const, ...t.subItems.map((s) => [s.id, s] as const)]),
);

export function findTask(id: string): Task | undefined {
  return TASKS.find((t) => t.id === id);
}

/** A task or a sub-item by its clause id. */
export function findItem(id: string): TaskItem | Task | undefined {
  return ITEMS.get(id);
}

/** Reports are filed on leaves: a task without sub-items, or a sub-item. */
export function isLeaf(item: TaskItem | Task): boolean {
  return !('subItems' in item) || item.subItems.length === 0;
}

/** The leaves of a task: its sub-items, or the task itself. */
export function leavesOf(task: Task): TaskItem[] {
  return task.subItems.length ? task.subItems : [task];
}

export const LEAF_IDS: readonly string[] = TASKS.flatMap((t) => leavesOf(t).map((l) => l.id));
