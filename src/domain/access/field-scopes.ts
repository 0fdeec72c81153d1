// Department views of the register (T13.2: the register is shared across departments, each by its need). A scope
// is pure data: which person and household items a department reads, which events, whether memberships. Names and
// ID numbers inside a scope are masked by default; an officer reveals them one record at a time with a stated purpose
// (the reveal endpoint), which is audited. Departments without a scope read nothing (403).
import type { DepartmentCode } from './departments.ts';

export const PERSON_FIELDS = [
  'personId',
  'idNumber',
  'name',
  'sex',
  'birthDate',
  'ethnicity',
  'formerName',
  'birthPlace',
  'nativePlace',
  'religion',
  'education',
  'maritalStatus',
  'militaryStatus',
  'occupation',
  'employer',
  'status',
  'cancelledReason',
  'deathDate',
  'householdId',
  'relation',
  'countyCode',
  'formerType',
  'version',
  'divisionCode',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const HOUSEHOLD_FIELDS = [
  'householdId',
  'householdNo',
  'kind',
  'address',
  'countyCode',
  'status',
  'createdOn',
  'version',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

/** Items a department sees masked until revealed. */
export const MASKED_FIELDS: readonly PersonField[] = ['name', 'idNumber'];

export type EventKind =
  | 'birth-registered'
  | 'death-recorded'
  | 'moved-in'
  | 'moved-out'
  | 'household-created'
  | 'household-split'
  | 'head-changed'
  | 'item-corrected'
  | 'hukou-cancelled';

export interface FieldScope {
  /** The view's name, recorded in every audit row of a read through it. */
  view: string;
  zh: string;
  clauses: readonly string[];
  /** personId (a reference, not an item) is in every scope, so a record can be addressed for a reveal. */
  person: readonly PersonField[];
  /** Empty: the department reads no household (403 on household reads). */
  household: readonly HouseholdField[];
  /** Memberships (who lived in which household, since when) — household composition. */
  memberships: boolean;
  /** Event kinds shown, as a summary (kind, date, legal basis) without the event body. */
  events: readonly EventKind[];
}

const CHILD_ITEMS: readonly PersonField[] = ['personId', 'name', 'sex', 'birthDate', 'householdId'];
const ADDRESS: readonly HouseholdField[] = ['householdId', 'address'];

export const FIELD_SCOPES: Partial<Record<DepartmentCode, FieldScope>> = {
  // T15.1: schooling of (migrants') children: who the child is and where the household lives.
  education: {
    view: 'education',
    zh: '教育',
    clauses: ['T13.2', 'T15.1'],
    person: CHILD_ITEMS,
    household: ADDRESS,
    memberships: false,
    events: [],
  },
  // T15.2, T15.4, T15.5: employment and insurance. The register holds occupation, employer and education; insurance
  // years live in the department's own system (its feed), not here.
  hrss: {
    view: 'hrss',
    zh: '人社',
    clauses: ['T13.2', 'T15.2', 'T15.4', 'T15.5'],
    person: [...CHILD_ITEMS, 'idNumber', 'education', 'occupation', 'employer'],
    household: ADDRESS,
    memberships: false,
    events: [],
  },
  // T15.3: health and family planning: birth and death items and those events.
  health: {
    view: 'health',
    zh: '卫健',
    clauses: ['T13.2', 'T15.3'],
    person: [
      'personId',
      'idNumber',
      'name',
      'sex',
      'birthDate',
      'birthPlace',
      'status',
      'cancelledReason',
      'deathDate',
    ],
    household: [],
    memberships: false,
    events: ['birth-registered', 'death-recorded'],
  },
  // T15.6, T15.7: elderly services and 低保 are granted per household: its composition.
  'civil-affairs': {
    view: 'civil-affairs',
    zh: '民政',
    clauses: ['T13.2', 'T15.6', 'T15.7'],
    person: [
      'personId',
      'idNumber',
      'name',
      'sex',
      'birthDate',
      'maritalStatus',
      'status',
      'householdId',
      'relation',
    ],
    household: ['householdId', 'householdNo', 'kind', 'address', 'status'],
    memberships: true,
    events: [
      'household-created',
      'moved-in',
      'moved-out',
      'household-split',
      'head-changed',
      'death-recorded',
    ],
  },
  // T4, T15.8: one address one household, housing security: address and housing facts.
  housing: {
    view: 'housing',
    zh: '住建',
    clauses: ['T13.2', 'T4', 'T15.8'],
    person: ['personId', 'idNumber', 'name', 'householdId', 'relation'],
    household: ['householdId', 'householdNo', 'kind', 'address', 'status', 'createdOn'],
    memberships: false,
    events: ['household-created', 'household-split'],
  },
};

export function scopeOf(department: DepartmentCode | undefined): FieldScope | undefined {
  return department ? FIELD_SCOPES[department] : undefined;
}
