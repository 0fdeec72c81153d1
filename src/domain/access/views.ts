// A department's view of records, precomputed once per scope: the list of (field, masked) pairs is fixed, so
// projecting a record is one short loop. Police roles get no view at all (null) and their records pass untouched —
// masking costs them nothing.
import { maskIdNumber, maskName } from '../applications/masking.ts';
import { departmentOf } from './departments.ts';
import { MASKED_FIELDS, scopeOf, type FieldScope, type PersonField } from './field-scopes.ts';

type Row = Record<string, unknown>;

export interface DepartmentView {
  scope: FieldScope;
  person(p: object): Row;
  household(h: object): Row;
  /** Events of the scope's kinds, as a summary without the body (which names other persons and items). */
  events(events: readonly { kind: string; seq: number; at: string; legalBasis: string }[]): Row[];
}

function mask(field: PersonField, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return field === 'name' ? maskName(value) : maskIdNumber(value, 4);
}

function projector(fields: readonly string[], masked: ReadonlySet<string>): (r: object) => Row {
  const plan = fields.map((f) => [f, masked.has(f)] as const);
  return (r) => {
    const src = r as Row;
    const out: Row = {};
    for (const [f, m] of plan) if (f in src) out[f] = m ? mask(f as PersonField, src[f]) : src[f];
    return out;
  };
}

function buildView(scope: FieldScope): DepartmentView {
  const kinds = new Set<string>(scope.events);
  return {
    scope,
    person: projector(scope.person, new Set(MASKED_FIELDS)),
    household: projector(scope.household, new Set()),
    events: (events) =>
      events
        .filter((e) => kinds.has(e.kind))
        .map((e) => ({ seq: e.seq, kind: e.kind, at: e.at, legalBasis: e.legalBasis })),
  };
}

const VIEWS = new Map<FieldScope, DepartmentView>();

/** The view of a department (by name, code or alias); undefined when the department has no scope. */
export function viewOfDepartment(department: string | null | undefined): DepartmentView | undefined {
  const scope = scopeOf(departmentOf(department)?.code);
  if (!scope) return undefined;
  let v = VIEWS.get(scope);
  if (!v) VIEWS.set(scope, (v = buildView(scope)));
  return v;
}

/** The fields asked for that the scope does not hold (a reveal of any of them is refused). */
export function fieldsOutside(scope: FieldScope, fields: readonly string[]): string[] {
  return fields.filter((f) => !(scope.person as readonly string[]).includes(f));
}
