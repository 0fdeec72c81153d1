// Department facts entitlements depend on (T11.2): 人社 sends social-insurance years, 教育 a child's continuous
// schooling years. Who may send which kind, and the CSV form of the same records (one header, one fact a row).
import type { Actor } from '../access/roles.ts';
import type { TokenScope } from '../access/tokens.ts';
import { departmentOf, type DepartmentCode } from '../access/departments.ts';
import { DomainError } from '../errors.ts';
import { parseCsv } from '../exchange/csv-text.ts';
import type { FACT_KINDS } from './permit-schema.ts';

export const FACT_DEPARTMENTS: Record<(typeof FACT_KINDS)[number], DepartmentCode> = {
  'social-insurance-years': 'hrss',
  'child-schooling-years': 'education',
};

/** The API-token scope a department system needs for each kind. */
export const FACT_SCOPES = {
  'social-insurance-years': 'permits.feed.insurance',
  'child-schooling-years': 'permits.feed.schooling',
} as const satisfies Record<(typeof FACT_KINDS)[number], TokenScope>;

/**
 * A department officer sends their own department's kind only, a department system only what its token's scopes
 * name; an administrator may load a department's file.
 */
export function maySendFact(
  actor: Pick<Actor, 'role' | 'department' | 'token'>,
  kind: (typeof FACT_KINDS)[number],
) {
  if (actor.token && !actor.token.scopes.includes(FACT_SCOPES[kind])) return false;
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'department-officer' && departmentOf(actor.department)?.code === FACT_DEPARTMENTS[kind]
  );
}

export const FACT_CSV_COLUMNS = [
  'kind',
  'id_number',
  'years',
  'as_of',
  'child_id_number',
  'child_name',
  'child_birth_date',
] as const;

/** CSV text → the JSON items of the feed (validated by the same schema afterwards, paths naming items.N). */
export function factsFromCsv(text: string): { items: unknown[] } {
  const rows = parseCsv(text);
  const header = rows.shift()?.fields.map((f) => f.trim());
  const missing = FACT_CSV_COLUMNS.filter(
    (c) => c !== 'child_id_number' && c !== 'child_name' && !header?.includes(c),
  );
  const needed = missing.filter((c) => c !== 'child_birth_date');
  if (!header || needed.length)
    throw DomainError.invalid([
      { path: 'header', message: `缺少列：${needed.join(', ')} / missing columns` },
    ]);
  const at = (fields: string[], c: string) => fields[header.indexOf(c)]?.trim() ?? '';
  return {
    items: rows.map(({ fields }) => {
      const kind = at(fields, 'kind');
      const base = {
        kind,
        idNumber: at(fields, 'id_number'),
        years: Number(at(fields, 'years')),
        asOf: at(fields, 'as_of'),
      };
      if (kind !== 'child-schooling-years') return base;
      const child: Record<string, string> = { birthDate: at(fields, 'child_birth_date') };
      if (at(fields, 'child_id_number')) child.idNumber = at(fields, 'child_id_number');
      if (at(fields, 'child_name')) child.name = at(fields, 'child_name');
      return { ...base, child };
    }),
  };
}
