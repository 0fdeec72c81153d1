// English catalog of the statistics dashboard (source: statistics.zh-CN.ts; terms follow shared/GLOSSARY.md).
import type { statisticsZhCN } from './statistics.zh-CN.ts';

export const statisticsEn: Record<keyof typeof statisticsZhCN, string> = {
  'statistics.title': 'Population statistics',
  'statistics.titleOf': 'Population statistics: {name}',
  'statistics.breadcrumb': 'Area',
  'statistics.asOf': 'As of',
  'statistics.today': 'Today',
  'statistics.print': 'Print',
  'statistics.exportXlsx': 'Export Excel',
  'statistics.exportCsv': 'Export CSV',
  'statistics.downloadCsvOf': 'CSV: download the numbers of “{title}”',
  'statistics.provenance.live':
    'As of {asOf} (computed live at {computedAt}). T1 target: resident urbanization {target}.',
  'statistics.provenance.snapshot':
    'As of {asOf} (stored snapshot, computed at {computedAt}). T1 target: resident urbanization {target}.',

  'statistics.section.headline': 'Headline figures',
  'statistics.section.areas': 'Areas below',
  'statistics.section.urbanization': 'Urbanization rate by area (T1)',
  'statistics.section.trend': 'Trend',
  'statistics.section.migration': 'Migration by month (in, out, net)',
  'statistics.section.migrationByArea': 'Migration by area',
  'statistics.section.pyramid': 'Age structure (population pyramid)',
  'statistics.section.ethnicities': 'Sex ratio, households and ethnicities',
  'statistics.section.citizenization': 'Urban citizenship of agricultural-transfer people (T16.1)',
  'statistics.section.settlements': 'Settlements, residence permits and data quality',
  'statistics.section.projection': 'Policy projection (T1)',

  'statistics.registeredPersons': 'Registered population',
  'statistics.households': 'Households',
  'statistics.residents': 'Residents',
  'statistics.urbanization.resident': 'Resident urbanization rate',
  'statistics.urbanization.registered': 'Registered urbanization rate',
  'statistics.target': 'T1 target (by {by})',
  'statistics.residentsBy':
    'Residents: {present} registered and living here, {moved} living apart from their hukou unit within the city for 6 months or more, {outside} from outside the city with a residence registration; {away} registered persons have lived outside the city for 6 months or more (not residents).',

  'statistics.tile.open': 'Open the statistics of {name}',
  'statistics.tile.againstTarget': 'Resident urbanization of {name} against the T1 target of {target}',
  'statistics.tile.none': 'No figures for areas below this one.',
  'statistics.chart.urbanizationByArea':
    'Resident and registered urbanization by area; the dashed line is the T1 target',
  'statistics.chart.trend': 'Urbanization at each month end',
  'statistics.trend.pending':
    '{count} month ends are being counted in the background ({days}); reload shortly to see them.',

  'statistics.migration.in': 'In',
  'statistics.migration.out': 'Out',
  'statistics.migration.net': 'Net',
  'statistics.migration.netTotal': 'Net migration (last {months} months)',
  'statistics.t3.met': 'T3: more people moved into {name} than out (net {net})',
  'statistics.t3.notMet': 'T3: no more people moved into {name} than out (net {net})',
  'statistics.t3.chart': 'Migration of {name} by month',

  'statistics.male': 'Male',
  'statistics.female': 'Female',
  'statistics.sexRatio': 'Sex ratio (females = 100)',
  'statistics.personsPerFamily': 'Persons per family household',
  'statistics.familyHouseholds': 'Family households',
  'statistics.collectiveHouseholds': 'Collective households',
  'statistics.otherEthnicities': 'Other ethnicities',

  'statistics.citizenization': 'Citizenization',
  'statistics.citizenization.total': 'Agricultural-transfer people settled in towns',
  'statistics.permits.issued': 'Permits issued',
  'statistics.permits.endorsed': 'Permits endorsed',
  'statistics.permits.suspended': 'Permits suspended',
  'statistics.permits.valid': 'Valid permits',
  'statistics.findings.open': 'Unregistered persons open (T12)',
  'statistics.findings.cleared': 'Unregistered persons cleared (T12)',

  'statistics.projection.policy': 'Policy',
  'statistics.projection.today': 'Current parameters',
  'statistics.projection.run': 'Run projection',
  'statistics.projection.evaluated': 'Evaluated',
  'statistics.projection.evaluatedValue': '{apart} living apart from their hukou, {permits} permit holders',
  'statistics.projection.eligible': 'Eligible to settle',
  'statistics.projection.projected': 'Projected registered urbanization',
  'statistics.projection.cityRate': 'City registered urbanization (now → projected)',
  'statistics.projection.byCounty':
    'Registered urbanization by county, now and projected; the dashed line is the T1 target',
  'statistics.projection.byClause': 'Eligible persons by clause',
  'statistics.projection.reasons': 'Why the others stay ineligible',
  'statistics.projection.reason': 'Reason',

  'statistics.csv.code': 'Code',
  'statistics.csv.name': 'Name',
  'statistics.csv.persons': 'Persons',
  'statistics.csv.asOf': 'Date',
  'statistics.csv.month': 'Month',
  'statistics.csv.band': 'Age band',
  'statistics.csv.measure': 'Measure',
  'statistics.csv.countyTown': 'County town',

  'statistics.error.forbidden': 'You may not view the statistics of this area.',
  'statistics.error.unreachable': 'Cannot reach the server. Please try again later.',
  'statistics.error.notFound': 'The server does not offer this measure yet.',
  'statistics.error.invalid': 'The query was refused: {detail}',
  'statistics.error.other': 'The statistics failed to load: {detail}',
};
