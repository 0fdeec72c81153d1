// The bulk-exchange files of ../shared/spec/data-exchange.md: names and columns, in the order export writes them.
// Import accepts any column order; names are fixed.

export const EXCHANGE_FILES = {
  divisions: { file: 'divisions.csv', columns: ['code', 'name', 'urban_rural_code'] },
  households: {
    file: 'households.csv',
    columns: ['household_no', 'kind', 'division_code', 'address', 'created_on'],
  },
  persons: {
    file: 'persons.csv',
    columns: [
      'id_number',
      'name',
      'sex',
      'birth_date',
      'ethnicity',
      'household_no',
      'relation',
      'status',
      'cancelled_reason',
      'former_type',
      'residence_division_code',
      'residing_since',
    ],
  },
  deaths: { file: 'deaths.csv', columns: ['id_number', 'name', 'death_date'] },
  enlistments: { file: 'enlistments.csv', columns: ['id_number', 'name', 'enlisted_on'] },
} as const;

export type ExchangeKind = keyof typeof EXCHANGE_FILES;
/** Load order: a person's household must be known before the person. */
export const EXCHANGE_ORDER: readonly ExchangeKind[] = [
  'divisions',
  'households',
  'persons',
  'deaths',
  'enlistments',
];

export type ColumnsOf<K extends ExchangeKind> = (typeof EXCHANGE_FILES)[K]['columns'][number];
export type ExchangeRow<K extends ExchangeKind> = Record<ColumnsOf<K>, string>;

export type DivisionRow = ExchangeRow<'divisions'>;
export type HouseholdRow = ExchangeRow<'households'>;
export type PersonRow = ExchangeRow<'persons'>;
export type DeathRow = ExchangeRow<'deaths'>;
export type EnlistmentRow = ExchangeRow<'enlistments'>;

/** Ground truth of a synthetic city: each planted registry-quality problem (not part of the contract). */
export const GROUND_TRUTH_FILE = 'ground-truth.csv';
export const GROUND_TRUTH_COLUMNS = ['code', 'id_numbers', 'household_nos', 'detail', 'kind'] as const;
export interface PlantedProblem {
  code: string;
  /** The kind of a planted probable duplicate (same-county, cross-county, …); absent for other codes. */
  kind?: string;
  idNumbers: string[];
  householdNos: string[];
  detail: string;
}
