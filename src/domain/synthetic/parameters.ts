// The shape of the synthetic 昭通: every number here is a calibration parameter, not a rule. Sources:
// ../shared/reference/zhaotong.md (registered 6.32 million, 1.89 million households, resident urbanization ~40%,
// registered ~29%); per-county registered figures are estimates (镇雄 > 1.6 million, 水富 10.87万).

/** Registered population of each county-level unit, in 万 (estimates that sum to about 632万). */
export const COUNTY_REGISTERED_WAN: Readonly<Record<string, number>> = {
  '530602': 93, // 昭阳区, the central city
  '530621': 46, // 鲁甸县
  '530622': 61, // 巧家县
  '530623': 40, // 盐津县
  '530624': 29, // 大关县
  '530625': 48, // 永善县
  '530626': 16, // 绥江县
  '530627': 168, // 镇雄县
  '530628': 62, // 彝良县
  '530629': 44, // 威信县
  '530681': 10.87, // 水富市
};

/** Relative population of a town by kind, inside its county. */
export const TOWN_KIND_WEIGHT = { 街道: 2.1, 镇: 1, 乡: 0.55 } as const;

/** Share of a town's households registered in its urban (1xx) units, by kind; the county seat 镇 gets seatTown. */
export const URBAN_SHARE = { 街道: 1, 镇: 0.1, 乡: 0, seatTown: 0.45 } as const;

/** Village/community units per town kind (generated codes, see divisions/units.ts). */
export const UNITS_PER_TOWN = {
  街道: { unitsPerTown: 8, seatUnits: 8 },
  镇: { unitsPerTown: 14, seatUnits: 3 },
  乡: { unitsPerTown: 10, seatUnits: 1 },
} as const;

/** Family household size (active members) 1..8 and its weights: mean ≈ 3.3. */
export const FAMILY_SIZES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const FAMILY_SIZE_WEIGHTS = [15, 20, 22, 20, 12.5, 6, 3, 1.5] as const;

/** Share of persons in collective households, and the kinds with their size range. */
export const COLLECTIVE_SHARE = 0.012;
export const COLLECTIVE_KINDS = [
  { kind: 'collective-school', weight: 45, size: [20, 160], age: [15, 22] },
  { kind: 'collective-employer', weight: 35, size: [4, 40], age: [20, 58] },
  { kind: 'collective-talent', weight: 8, size: [2, 10], age: [23, 40] },
  { kind: 'collective-community', weight: 12, size: [2, 20], age: [18, 80] },
] as const;

/** Ethnicity weights per county: 汉 01, 回 03, 苗 06, 彝 07, 布依 09 (GB/T 3304 numeric codes). */
export const ETHNICITY_CODES_USED = ['01', '03', '06', '07', '09'] as const;
export const ETHNICITY_WEIGHTS: Readonly<Record<string, readonly number[]>> = {
  default: [91, 2, 3.5, 3.3, 0.2],
  '530602': [88, 7, 1.5, 3.3, 0.2],
  '530621': [84, 13, 0.8, 2, 0.2],
  '530628': [87, 2, 6, 4.8, 0.2],
  '530629': [88, 0.5, 8, 3.3, 0.2],
  '530627': [91, 0.8, 4, 4, 0.2],
};

/** Cancelled records kept in the register (besides the active ones), as a share of active persons. */
export const CANCELLED_SHARE = 0.015;
export const CANCEL_REASONS = ['death', 'moved-out', 'military', 'emigration', 'duplicate'] as const;
export const CANCEL_REASON_WEIGHTS = [62, 25, 5, 5, 3] as const;

/**
 * Living away from the hukou place (人户分离): chances for working-age people (16–59); children go at
 * childFactor of that, older people at elderFactor. outside = outside the city, inCityUrban = in an urban unit of
 * the city. Calibrated so the resident urbanization lands near 40% with the registered one near 29%.
 */
export const AWAY = {
  rural: { outside: 0.36, inCityUrban: 0.075 },
  urban: { outside: 0.12, inCityUrban: 0 },
  childFactor: 0.45,
  elderFactor: 0.15,
  /** Share of in-city movers who go to the central city (昭阳区) rather than their own county's urban units. */
  toCentralCity: 0.5,
} as const;

/** Where people from 昭通 work outside the city: 12-digit units are made under these county codes. */
export const OUTSIDE_COUNTIES = [
  '530102',
  '530111',
  '440306',
  '440307',
  '330106',
  '330782',
  '350206',
  '320506',
  '510107',
  '520102',
];

/** Address codes of ID numbers issued outside the city (people who married or moved in). */
export const OUTSIDE_BIRTH_CODES = ['520502', '520526', '511529', '530102', '530302', '511602'];
export const OUTSIDE_BORN_SHARE = 0.025;

/** Former (pre-reform) types: share agricultural among rural-registered and urban-registered persons. */
export const FORMER_AGRICULTURAL = { rural: 0.97, urban: 0.42 } as const;
/** Persons born on or after this date never had a pre-reform type (the plan took effect in 2017). */
export const REFORM_DATE = '2017-06-01';

/** The default "as of" date of the synthetic register: fixed so the same seed gives the same files. */
export const DEFAULT_AS_OF = '2022-12-31';

/**
 * Share of boys among generated children: calibrated so the registered male share meets the 2010 census figure
 * (52.52%, ../shared/reference/zhaotong.md; test/small/quality/generated-shares.test.ts) with couples, mostly male
 * heads of families without a spouse and collectives holding the rest (0.525 with lone heads 55% men gave 53.9%; 0.5 with lone heads 40% men gives 52.3%).
 */
export const MALE_BIRTH_SHARE = 0.5;
