// Who may do what in supervision (W1, W2): only a unit's officers file its reports, on items that name the unit;
// the lead unit decides (accept / return); the supervisors comment and rate, and decide on items without a lead unit
// (T18, T19); everyone signed in reads the board. Pure: the use cases ask these with the actor and the item.
import { hasPermission, type Actor } from '../access/roles.ts';
import { REPORT_TRANSITIONS, type ReportAction } from './reports.ts';
import type { TaskItem } from './tasks.ts';
import { unitOfDepartment, type Unit } from './units.ts';

/** The city PSB is the unit of the police at city level; the county PSBs and stations are not units of the plan. */
const POLICE_UNIT = 'psb';

/**
 * The unit an officer belongs to: a department officer's department (units share the departments' codes), the
 * city PSB for a city officer. Everyone else (county and station police, supervisors, administrators) belongs to
 * no unit of the plan.
 */
export function unitCodeOf(actor: Actor): string | null {
  if (actor.token) return null; // a department system's token files nothing: reports are signed by a person
  if (actor.role === 'department-officer') return unitOfDepartment(actor.department)?.code ?? null;
  if (actor.role === 'city-officer') return POLICE_UNIT;
  return null;
}

export function unitsOfItem(item: TaskItem): string[] {
  return [...item.leadUnits, ...item.responsibleUnits].map((u) => u.code);
}

/** The units that decide on an item's reports: its lead units; none (supervisors decide) for T18, T19. */
export function deciderUnits(item: TaskItem): string[] {
  return item.leadUnits.map((u) => u.code);
}

/**
 * May the actor take this action on a report of this item filed by `reportUnit` (null for `file`: the actor's own
 * unit files)? T-clause of every rule: W2 (tracking and evaluation by the units and the supervisors).
 */
export function mayTakeReportAction(
  actor: Actor,
  action: ReportAction,
  item: TaskItem,
  reportUnit: string | null,
): boolean {
  const unit = unitCodeOf(actor);
  const taker = REPORT_TRANSITIONS[action].taker;
  if (taker === 'supervisor') return mayEvaluate(actor);
  if (taker === 'unit') {
    if (!hasPermission(actor.role, 'supervision.report') || unit === null) return false;
    return reportUnit === null ? unitsOfItem(item).includes(unit) : unit === reportUnit;
  }
  const deciders = deciderUnits(item);
  if (deciders.length === 0) return mayEvaluate(actor);
  return hasPermission(actor.role, 'supervision.decide') && unit !== null && deciders.includes(unit);
}

function mayEvaluate(actor: Actor): boolean {
  return hasPermission(actor.role, 'supervision.evaluate') && !actor.token;
}

/** May the actor read the reports of this item: supervision readers, and the officers of the item's units. */
export function mayReadReports(actor: Actor, item: TaskItem): boolean {
  if (hasPermission(actor.role, 'supervision.read') && !actor.token) return true;
  const unit = unitCodeOf(actor);
  return unit !== null && unitsOfItem(item).includes(unit);
}

export type { Unit };
