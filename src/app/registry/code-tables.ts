// The code tables a clerk's forms need, in one answer (names in Chinese, codes as stored).
import {
  CANCEL_EVENT_REASONS,
  CANCELLATION_REASONS,
  ETHNICITY_CODES,
  HOUSEHOLD_KINDS,
  RELATIONSHIP_CODES,
  SEX_CODES,
  URBAN_RURAL_CODES,
} from '../../domain/codes/index.ts';
import { COUNTIES, TOWNS } from '../../domain/divisions/tree.ts';
import { CORRECTABLE_FIELDS, EVENT_KINDS, FIELD_LABELS } from '../../domain/registry/events.ts';

export function registryCodeTables() {
  return {
    sex: SEX_CODES,
    ethnicity: ETHNICITY_CODES,
    relationship: RELATIONSHIP_CODES,
    householdKind: Object.fromEntries(Object.entries(HOUSEHOLD_KINDS).map(([k, v]) => [k, v.zh])),
    urbanRural: Object.fromEntries(Object.entries(URBAN_RURAL_CODES).map(([k, v]) => [k, v.zh])),
    cancellationReason: Object.fromEntries(Object.entries(CANCELLATION_REASONS).map(([k, v]) => [k, v.zh])),
    cancelCauses: CANCEL_EVENT_REASONS,
    eventKind: Object.fromEntries(Object.entries(EVENT_KINDS).map(([k, v]) => [k, v.zh])),
    correctableFields: CORRECTABLE_FIELDS.map((f) => ({ field: f, label: FIELD_LABELS[f] })),
    counties: [...COUNTIES.values()],
    towns: [...TOWNS.values()],
  };
}
