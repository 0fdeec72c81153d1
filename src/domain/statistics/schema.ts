// The contract of the population statistics (T1, T3, T13.1, T16.1): one schema per endpoint, shared by the routes
// (GET /api/v1/stats/...), the CLI (`hukou stats`) and the dashboard. Rates are fractions 0..1 (null where the
// denominator is 0). "asOf" is a calendar day: the state at the end of that day in 昭通 (UTC+8); absent = today.
import { z } from 'zod';

const isoDate = () => z.iso.date({ error: '不是有效日期（YYYY-MM-DD） / not a date' });

/** City 5306, a county (6 digits) or a town (9 digits): the level of a dashboard view. */
export const scopeCode = z
  .string()
  .regex(
    /^5306(\d{2}(\d{3})?)?$/,
    '范围应为 5306、县级代码（6位）或乡级代码（9位） / scope: 5306, a county or a town code',
  );

export const SCOPE_LEVELS = ['city', 'county', 'town'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

export const statsQuery = z.strictObject({
  asOf: isoDate().optional(),
  scope: scopeCode.optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

const count = z.number().int().nonnegative();
const rate = z.number().min(0).max(1).nullable();

export const scopeRef = z.object({ code: z.string(), name: z.string(), level: z.enum(SCOPE_LEVELS) });

/** One area's headline numbers: the shape of the city, of each county and of each town. */
export const areaFigures = scopeRef.extend({
  registered: z.object({ persons: count, households: count }),
  residents: z.object({ persons: count }),
  urbanization: z.object({ resident: rate, registered: rate }),
});
export type AreaFigures = z.infer<typeof areaFigures>;

/** Where a figure was read: a stored snapshot (computed at computedAt) or computed for this request. */
export const provenance = z.object({
  asOf: z.string(),
  computedAt: z.string(),
  source: z.enum(['snapshot', 'live']),
});

/** GET /api/v1/stats/summary — and the JSON of `hukou stats` (city scope). */
export const summaryOutput = areaFigures.extend({
  ...provenance.shape,
  /** T1: resident urbanization ≥ target by the date (policy parameter supervision.urbanization.target). */
  target: z.object({ clause: z.literal('T1'), resident: z.number(), by: z.string() }),
  /** Residents by where they count: hukou persons present, hukou persons living here away from their hukou
   *  unit ≥ the residence threshold, and persons from outside the city with a residence registration. */
  residentsBy: z.object({ present: count, movedWithinCity: count, fromOutside: count }),
  /** Hukou persons living outside the city ≥ the residence threshold (counted in no area's residents). */
  awayFromCity: count,
  /** city scope: the 11 counties; county scope: its towns; town scope: empty. */
  counties: z.array(areaFigures).optional(),
  towns: z.array(areaFigures).optional(),
});
export type SummaryOutput = z.infer<typeof summaryOutput>;

/** GET /api/v1/stats/structure — the registered population's age, sex and ethnicity. */
export const structureOutput = provenance.extend({
  scope: scopeRef,
  /** 5-year bands 0-4 … 95-99 and 100+, persons by registered sex (1 male, 2 female). */
  pyramid: z.array(z.object({ band: z.string(), male: count, female: count })),
  /** Males per 100 females. */
  sexRatio: z.number().nullable(),
  ethnicities: z.array(z.object({ code: z.string(), name: z.string(), persons: count })),
  households: z.object({ family: count, collective: count, personsPerFamily: z.number().nullable() }),
});
export type StructureOutput = z.infer<typeof structureOutput>;

export const migrationQuery = statsQuery.extend({
  months: z.coerce
    .number()
    .int()
    .min(1, '至少1个月 / at least 1')
    .max(60, '最多60个月 / at most 60')
    .optional(),
});

const flow = z.object({ in: count, out: count, net: z.number().int() });

/** GET /api/v1/stats/migration — registered moves by month (in, out, net) for the scope and per child area. */
export const migrationOutput = provenance.extend({
  scope: scopeRef,
  months: z.array(flow.extend({ month: z.string() })),
  areas: z.array(scopeRef.extend(flow.shape)),
  /** T3: the 彝良 county town's in- and out-migrants over the same months (city and 530628 scopes). */
  countyTown: z
    .object({
      clause: z.literal('T3'),
      name: z.string(),
      towns: z.array(z.string()),
      months: z.array(flow.extend({ month: z.string() })),
      inExceedsOut: z.boolean(),
    })
    .optional(),
});
export type MigrationOutput = z.infer<typeof migrationOutput>;

/** GET /api/v1/stats/reform — the reform's own measures as of the day. */
export const reformOutput = provenance.extend({
  scope: scopeRef,
  /** T16.1 市民化: agricultural-transfer persons (former type 农业) settled in urban units, per child area. */
  citizenization: z.object({
    persons: count,
    areas: z.array(scopeRef.extend({ persons: count })),
  }),
  /** Settlement registrations by legal basis (the clause the approval cited). */
  settlements: z.array(z.object({ clause: z.string(), persons: count })),
  permits: z.object({ issued: count, endorsed: count, suspended: count, valid: count }),
  findings: z.object({ open: count, cleared: count }),
});
export type ReformOutput = z.infer<typeof reformOutput>;

export const trendQuery = z.strictObject({
  scope: scopeCode.optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
});

/** GET /api/v1/stats/trend — month-end figures between two days (the stored snapshots, plus today). */
export const trendOutput = z.object({
  scope: scopeRef,
  points: z.array(
    z.object({
      asOf: z.string(),
      registered: count,
      residents: count,
      urbanization: z.object({ resident: rate, registered: rate }),
    }),
  ),
  /** Month ends of the range not counted yet: being counted in the background, in the next answer. */
  pending: z.array(z.string()),
});
export type TrendOutput = z.infer<typeof trendOutput>;

/** GET /api/v1/stats/projection?reform=ID — T1 if the settlement policy were applied to the people already here. */
export const projectionQuery = z.strictObject({
  /** A reform file's id (GET /api/v1/policy/reforms); absent = today's parameters. */
  reform: z.string().min(1).optional(),
});

/** The projection's outcome counts beside `eligible` (added): the register cannot tell (a missing fact decides),
 *  a restricted local policy decides (T2, T3), or a known fact fails. */
const projectionOutcomes = {
  undetermined: count,
  referred: count,
  ineligible: count,
};
/** `projected` rests on register facts alone; `upper` (added) takes every fact the register lacks as met. */
const projectedRates = z.object({ registered: rate, projected: rate, upper: rate });

export const projectionOutput = z.object({
  asOf: z.string(),
  computedAt: z.string(),
  policy: z.object({ id: z.string(), reform: z.boolean(), name: z.string().optional() }),
  target: z.object({ clause: z.literal('T1'), registered: z.number() }),
  /** Who was evaluated: persons living apart from their hukou in an urban unit of the city (人户分离), and
   *  residence-permit holders. */
  evaluated: z.object({ apart: count, permitHolders: count }),
  city: z.object({
    registered: count,
    urbanization: projectedRates,
    eligible: count,
    ...projectionOutcomes,
  }),
  counties: z.array(
    scopeRef.extend({
      registered: count,
      urbanization: projectedRates,
      eligible: count,
      meetsTarget: z.boolean(),
      ...projectionOutcomes,
    }),
  ),
  byClause: z.array(z.object({ clause: z.string(), persons: count })),
  ineligibleReasons: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      persons: count,
      clause: z.string(),
      /** The reason is a fact the register does not hold, not a fact that fails. */
      unknown: z.boolean(),
    }),
  ),
});
export type ProjectionOutput = z.infer<typeof projectionOutput>;

/** GET /api/v1/stats/export?asOf&format — every measure as one spreadsheet (xlsx) or CSV sheets (zip-free: one
 *  CSV of the area table). */
export const exportQuery = statsQuery.extend({ format: z.enum(['csv', 'xlsx']).optional() });
