// Dated, per-division policy parameters (OpenFisca style). Every threshold a rule uses lives here, with the
// half-open validity [from, to), a unit and the reference it comes from. Rules read values only through
// resolveParameter, which records where each value came from so explanations can show it.
import { z } from 'zod';
import { DomainError, type ErrorIssue } from '../errors.ts';
import { isClauseId } from './clauses.ts';
import { parseIssues } from '../validation.ts';

const isoDate = z.iso.date({ error: '不是有效日期 / not a date' });
const divisionCode = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: '区划代码应为6、9或12位数字 / 6, 9 or 12 digits' });
export const paramValueSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);
export type ParamValue = z.infer<typeof paramValueSchema>;

export const datedValueSchema = z.strictObject({
  from: isoDate,
  to: isoDate.nullable().optional(),
  value: paramValueSchema,
  reference: z.string().min(1, { error: '每个取值都要注明出处 / every value needs a reference' }),
  placeholder: z.boolean().optional(),
});
export type DatedValue = z.infer<typeof datedValueSchema>;

const datedList = z.array(datedValueSchema).min(1);
const clauseId = z.string().refine(isClauseId, {
  error: (issue) => `不是工作方案的条款编号 / not a clause of the plan: ${String(issue.input)}`,
});
export const parameterDefSchema = z.strictObject({
  type: z.enum(['number', 'boolean', 'string', 'list']),
  unit: z.string().min(1),
  clauses: z.array(clauseId).min(1),
  description: z.string().min(1),
  values: datedList,
  divisions: z.record(divisionCode, datedList).optional(),
});
export type ParameterDef = z.infer<typeof parameterDefSchema>;

export const parameterFileSchema = z.strictObject({
  id: z.string().min(1).optional(),
  parameters: z.record(z.string().regex(/^[a-z0-9]+(\.[a-zA-Z0-9-]+)+$/), parameterDefSchema),
});

/** A reform replaces the default values and/or the per-division values of existing parameters. */
export const reformSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string().optional(),
  parameters: z.record(
    z.string(),
    z.strictObject({ values: datedList.optional(), divisions: z.record(divisionCode, datedList).optional() }),
  ),
});
export type Reform = z.infer<typeof reformSchema>;

export interface ParameterSet {
  id: string;
  reform: { id: string; name: string } | null;
  parameters: Record<string, ParameterDef>;
}

export interface ResolvedParameter {
  name: string;
  value: ParamValue;
  unit: string;
  /** Division whose override supplied the value; null for the default. */
  division: string | null;
  from: string;
  to: string | null;
  reference: string;
  placeholder: boolean;
}

/** Most specific first: 12-digit village → 9-digit town → 6-digit county. */
export function divisionChain(code: string | undefined): string[] {
  if (!code) return [];
  const chain = [code];
  if (code.length > 9) chain.push(code.slice(0, 9));
  if (code.length > 6) chain.push(code.slice(0, 6));
  return chain;
}

function inForce(values: DatedValue[], asOf: string): DatedValue | undefined {
  return values.find((v) => v.from <= asOf && (v.to == null || asOf < v.to));
}

export function resolveParameter(
  set: ParameterSet,
  name: string,
  asOf: string,
  division?: string,
): ResolvedParameter {
  const def = set.parameters[name];
  if (!def) throw new DomainError('internal', `unknown parameter ${name}`);
  for (const code of divisionChain(division)) {
    const list = def.divisions?.[code];
    const hit = list && inForce(list, asOf);
    if (hit) return toResolved(name, def, hit, code);
  }
  const hit = inForce(def.values, asOf);
  if (!hit) {
    throw DomainError.invalid([
      { path: 'asOf', message: `${asOf} 没有生效的政策参数 ${name} / no policy in force on this date` },
    ]);
  }
  return toResolved(name, def, hit, null);
}

function toResolved(
  name: string,
  def: ParameterDef,
  v: DatedValue,
  division: string | null,
): ResolvedParameter {
  return {
    name,
    value: v.value,
    unit: def.unit,
    division,
    from: v.from,
    to: v.to ?? null,
    reference: v.reference,
    placeholder: v.placeholder ?? false,
  };
}

function typeOk(type: ParameterDef['type'], value: ParamValue): boolean {
  if (type === 'list') return Array.isArray(value);
  return typeof value === type;
}

function checkDatedList(
  list: DatedValue[],
  type: ParameterDef['type'],
  path: string,
  issues: ErrorIssue[],
): void {
  const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : 1));
  sorted.forEach((v, i) => {
    const at = `${path}.${list.indexOf(v)}`;
    if (!typeOk(type, v.value))
      issues.push({ path: `${at}.value`, message: `应为 ${type} / expected ${type}` });
    if (v.to != null && v.to <= v.from)
      issues.push({ path: `${at}.to`, message: 'to 必须晚于 from / to must be after from' });
    const next = sorted[i + 1];
    if (next && (v.to == null || v.to > next.from)) {
      issues.push({
        path: `${at}.to`,
        message: `与从 ${next.from} 起的取值重叠 / overlaps the value from ${next.from}`,
      });
    }
  });
}

/** Semantic checks zod cannot express: value types per parameter, ordered non-overlapping periods. */
export function validateParameterSet(set: ParameterSet): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const [name, def] of Object.entries(set.parameters)) {
    checkDatedList(def.values, def.type, `parameters.${name}.values`, issues);
    for (const [code, list] of Object.entries(def.divisions ?? {})) {
      checkDatedList(list, def.type, `parameters.${name}.divisions.${code}`, issues);
    }
  }
  return issues;
}

/** Build the parameter set from parsed YAML documents (name → content); all files are checked before any error. */
export function buildParameterSet(docs: Record<string, unknown>): ParameterSet {
  const issues: ErrorIssue[] = [];
  const set: ParameterSet = { id: '', reform: null, parameters: {} };
  for (const [file, doc] of Object.entries(docs)) {
    const parsed = parseIssues(parameterFileSchema, doc);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, path: `${file}:${i.path}` })));
      continue;
    }
    if (parsed.data.id) set.id = parsed.data.id;
    for (const [name, def] of Object.entries(parsed.data.parameters)) {
      if (set.parameters[name])
        issues.push({ path: `${file}:parameters.${name}`, message: '参数重复定义 / defined twice' });
      set.parameters[name] = def;
    }
  }
  issues.push(...validateParameterSet(set));
  if (!set.id && !issues.length)
    issues.push({ path: 'id', message: '参数集缺少 id / the parameter set needs an id' });
  if (issues.length) throw DomainError.invalid(issues, '政策参数有误 / invalid policy parameters');
  return set;
}

/** Overlay a reform on a parameter set. The reform is validated whole (shape, names, types, dates) before use. */
export function applyReform(base: ParameterSet, input: unknown, pathPrefix = ''): ParameterSet {
  const at = (issues: ErrorIssue[]) => issues.map((i) => ({ ...i, path: pathPrefix + i.path }));
  const parsed = parseIssues(reformSchema, input);
  if (!parsed.ok) throw DomainError.invalid(at(parsed.issues), '改革文件有误 / invalid reform');
  const reform = parsed.data;
  const issues: ErrorIssue[] = [];
  const parameters = { ...base.parameters };
  for (const [name, change] of Object.entries(reform.parameters)) {
    const def = parameters[name];
    if (!def) {
      issues.push({ path: `parameters.${name}`, message: '没有这个参数 / unknown parameter' });
      continue;
    }
    parameters[name] = {
      ...def,
      values: change.values ?? def.values,
      divisions: { ...(def.divisions ?? {}), ...(change.divisions ?? {}) },
    };
  }
  const set: ParameterSet = {
    id: `${base.id}+${reform.id}`,
    reform: { id: reform.id, name: reform.name },
    parameters,
  };
  issues.push(...validateParameterSet(set));
  if (issues.length) throw DomainError.invalid(at(issues), '改革文件有误 / invalid reform');
  return set;
}
