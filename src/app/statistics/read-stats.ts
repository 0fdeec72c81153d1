// Use cases behind GET /api/v1/stats/* and `hukou stats`: each reads a day's figures (figures.ts) or the module
// records it needs, and shapes them for a scope (city, county, town) with the pure functions of
// src/domain/statistics. Statistics are aggregates: no person is named, so no read is audited per person.
import { DomainError } from '../../domain/errors.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { t3CountyTown } from '../../domain/policy/triggers.ts';
import { CITY_CODE } from '../../domain/divisions/city.ts';
import { endOfDay, monthsEnding } from '../../domain/statistics/as-of.ts';
import { monthlyFlows, totalFlow } from '../../domain/statistics/flows.ts';
import {
  childrenOf,
  scopeOf,
  structureOf,
  summarize,
  type ScopeRef,
} from '../../domain/statistics/measures.ts';
import type {
  MigrationOutput,
  ReformOutput,
  StatsQuery,
  StructureOutput,
  SummaryOutput,
} from '../../domain/statistics/schema.ts';
import { moveCells } from '../../db/repositories/statistics/flows.ts';
import { findingCounts, permitCounts, settlementCells } from '../../db/repositories/statistics/reform.ts';
import type { AppDeps } from '../context.ts';
import { countFigures, dayOf, figuresFor, type Figures } from './figures.ts';

export function scopeFor(code: string | undefined): ScopeRef {
  const scope = scopeOf(code ?? CITY_CODE);
  if (!scope) throw DomainError.invalid([{ path: 'scope', message: '没有这个县（市、区）或乡镇（街道）' }]);
  return scope;
}

function provenance(f: Figures) {
  return { asOf: f.figures.asOf, computedAt: f.computedAt.toISOString(), source: f.source };
}

/** T1: resident urbanization ≥ the target (a percentage parameter) by the plan's date. */
export function urbanizationTarget(deps: AppDeps, day: string) {
  const set = deps.policy.parameters;
  const percent = Number(resolveParameter(set, 'supervision.urbanization.target', day).value);
  const by = String(resolveParameter(set, 'supervision.dueOn', day).value);
  return { clause: 'T1' as const, resident: percent / 100, by };
}

export async function readSummary(deps: AppDeps, q: StatsQuery): Promise<SummaryOutput> {
  const scope = scopeFor(q.scope);
  const f = await figuresFor(deps, dayOf(deps, q.asOf));
  return {
    ...summarize(f.figures, scope),
    ...provenance(f),
    target: urbanizationTarget(deps, f.figures.asOf),
  };
}

/** `hukou stats --format json`: counted from the register for the day (never an older snapshot). */
export async function statsReport(deps: AppDeps, q: StatsQuery) {
  const day = dayOf(deps, q.asOf);
  const scope = scopeFor(q.scope);
  const f = await countFigures(deps, day);
  return {
    asOf: day,
    at: f.at.toISOString(),
    ...summarize(f.figures, scope),
    target: urbanizationTarget(deps, day),
  };
}

export async function readStructure(deps: AppDeps, q: StatsQuery): Promise<StructureOutput> {
  const scope = scopeFor(q.scope);
  const f = await figuresFor(deps, dayOf(deps, q.asOf));
  return { ...structureOf(f.figures, scope), ...provenance(f) };
}

export async function readMigration(
  deps: AppDeps,
  q: StatsQuery & { months?: number },
): Promise<MigrationOutput> {
  const scope = scopeFor(q.scope);
  const day = dayOf(deps, q.asOf);
  const now = deps.now();
  const months = monthsEnding(day, q.months ?? 12);
  const from = new Date(Date.parse(`${months[0]}-01T00:00:00+08:00`) - 1);
  const to = endOfDay(day) < now ? endOfDay(day) : now;
  const county = scope.level === 'city' ? undefined : scope.code.slice(0, 6);
  const cells = await moveCells(deps.database.db, from, to, county);
  const areas = childrenOf(scope).map((c) => ({ ...c, ...totalFlow(monthlyFlows(cells, [c.code], months)) }));
  const out: MigrationOutput = {
    asOf: day,
    computedAt: now.toISOString(),
    source: 'live',
    scope,
    months: monthlyFlows(cells, [scope.code], months),
    areas,
  };
  const towns = t3CountyTown(deps.policy.parameters, day);
  if (scope.level === 'city' || towns.some((t) => t.startsWith(scope.code))) {
    const monthly = monthlyFlows(cells, towns, months);
    const total = totalFlow(monthly);
    out.countyTown = {
      clause: 'T3',
      name: '彝良县城（角奎街道、发界街道）',
      towns,
      months: monthly,
      inExceedsOut: total.in > total.out,
    };
  }
  return out;
}

export async function readReform(deps: AppDeps, q: StatsQuery): Promise<ReformOutput> {
  const scope = scopeFor(q.scope);
  const day = dayOf(deps, q.asOf);
  const now = deps.now();
  const at = endOfDay(day) < now ? endOfDay(day) : now;
  const db = deps.database.db;
  const [settled, permits, findings] = await Promise.all([
    settlementCells(db, at, scope.code),
    permitCounts(db, day, scope.code),
    findingCounts(db, at, scope.code),
  ]);
  const byClause = new Map<string, number>();
  for (const c of settled) byClause.set(c.basis, (byClause.get(c.basis) ?? 0) + c.persons);
  const citizenized = (prefix: string) =>
    settled.filter((c) => c.town.startsWith(prefix)).reduce((a, c) => a + c.citizenized, 0);
  return {
    asOf: day,
    computedAt: now.toISOString(),
    source: 'live',
    scope,
    citizenization: {
      persons: citizenized(scope.code),
      areas: childrenOf(scope).map((c) => ({ ...c, persons: citizenized(c.code) })),
    },
    settlements: [...byClause.entries()]
      .map(([clause, persons]) => ({ clause, persons }))
      .sort((a, b) => a.clause.localeCompare(b.clause)),
    permits,
    findings,
  };
}
