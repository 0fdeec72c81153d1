// Household kinds (户别). Census: 家庭户 / 集体户; the plan's collective households (T7, T9): school, employer,
// talent, community. The pre-reform 农业/非农业 distinction is NOT a kind (T10.2, T17): see formerType.

export const HOUSEHOLD_KINDS = {
  family: { zh: '家庭户', census: '1' },
  'collective-school': { zh: '学校集体户', census: '2' },
  'collective-employer': { zh: '单位集体户', census: '2' },
  'collective-talent': { zh: '人才集体户', census: '2' },
  'collective-community': { zh: '社区集体户', census: '2' },
} as const;

export type HouseholdKind = keyof typeof HOUSEHOLD_KINDS;
export const HOUSEHOLD_KIND_LIST = Object.keys(HOUSEHOLD_KINDS) as [HouseholdKind, ...HouseholdKind[]];

/** The one hukou type after the reform (T10.1): 居民户口. */
export const HUKOU_TYPE = 'resident' as const;

/** Pre-reform types, kept only as a person's history (T10.2, T17). */
export const FORMER_TYPES = {
  agricultural: '农业户口',
  'non-agricultural': '非农业户口',
} as const;
export type FormerType = keyof typeof FORMER_TYPES;
export const FORMER_TYPE_LIST = Object.keys(FORMER_TYPES) as [FormerType, ...FormerType[]];
