// The one order in which export writes rows, and the generator too, so an export of a generated city gives back
// the generated files. Text compares by UTF-16 code units, which for these columns is the byte order of
// PostgreSQL's "C" collation (export's ORDER BY … COLLATE "C").
import type { DeathRow, EnlistmentRow, PersonRow } from './columns.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Persons of one household: by relation (户主 02 first), then ID number, then the rest of the row. */
export const PERSON_ORDER = [
  'household_no',
  'relation',
  'id_number',
  'name',
  'birth_date',
  'sex',
  'status',
  'cancelled_reason',
  'ethnicity',
  'former_type',
  'residence_division_code',
  'residing_since',
] as const satisfies ReadonlyArray<keyof PersonRow>;

export function comparePersons(a: PersonRow, b: PersonRow): number {
  for (const k of PERSON_ORDER) {
    const c = cmp(a[k], b[k]);
    if (c !== 0) return c;
  }
  return 0;
}

export const DEATH_ORDER = ['id_number', 'death_date', 'name'] as const;
export const ENLISTMENT_ORDER = ['id_number', 'enlisted_on', 'name'] as const;

export function compareDeaths(a: DeathRow, b: DeathRow): number {
  return cmp(a.id_number, b.id_number) || cmp(a.death_date, b.death_date) || cmp(a.name, b.name);
}

export function compareEnlistments(a: EnlistmentRow, b: EnlistmentRow): number {
  return cmp(a.id_number, b.id_number) || cmp(a.enlisted_on, b.enlisted_on) || cmp(a.name, b.name);
}
