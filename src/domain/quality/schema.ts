// The contracts of /api/v1/quality (T12): request and response schemas of the work queue, the scans, the department
// feeds and the intake of persons without hukou. The routes, the use cases, the CLI and the web pages
// (web/src/pages/quality/) all import them from here, so each accepts exactly the same input. Pure: zod and the
// domain only, so the web bundle can import it. The resolution's body is in resolution-schema.ts.
import { z } from 'zod';
import { openObject } from '../open-object.ts';
import { DESTINATION_KINDS, UNREGISTERED_CATEGORIES } from '../policy/case-schema.ts';
import { FINDING_CODES } from './codes.ts';
import { citizenIdNumber } from '../identity/fields.ts';
import { isZhaotongUnitCode } from '../divisions/tree.ts';

export * from './resolution-schema.ts';

export const FINDING_STATUSES = ['open', 'in-progress', 'resolved', 'dismissed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const findingIdParams = z.object({ findingId: z.coerce.number().int().positive() });
export const scanIdParams = z.object({ scanId: z.coerce.number().int().positive() });
export const feedParams = z.object({ feed: z.enum(['deaths', 'enlistments']) });

// ── the work queue ──
export const queueQuerySchema = z.object({
  code: z.enum(FINDING_CODES).optional(),
  county: z
    .string()
    .regex(/^\d{6}$/, '县级区划代码为6位数字')
    .optional(),
  status: z.enum(FINDING_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const assignSchema = z.object({
  version: z.number().int().min(1),
  assigneeId: z.number().int().positive().nullable(),
  dueOn: z.iso.date().optional(),
});

/** A finding as the queue shows it (loose: the row's dates and detail pass as they are). */
export const findingViewSchema = openObject({
  findingId: z.number(),
  code: z.string(),
  countyCode: z.string(),
  idNumbers: z.array(z.string()),
  householdNos: z.array(z.string()),
  status: z.string(),
  version: z.number(),
});
export const queueResponse = z.object({ items: z.array(findingViewSchema), total: z.number() });
export const summaryResponse = z.object({
  counts: z.array(z.object({ code: z.string(), county: z.string(), status: z.string(), count: z.number() })),
});
export const findingResponse = z.object({
  finding: findingViewSchema,
  persons: z.array(z.record(z.string(), z.any())),
});
export const findingHouseholdsResponse = z.object({
  households: z.array(
    openObject({ householdId: z.string(), householdNo: z.string(), members: z.array(openObject({})) }),
  ),
});
export const resolutionResponse = openObject({ findingId: z.number(), status: z.string() });

// ── scans ──
export const scanSchema = z.object({
  scanId: z.number().int(),
  trigger: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Persons read so far, then in all. */
  persons: z.number().int(),
  /** About how many persons the register holds (the planner's estimate), while known. */
  total: z.number().int().nullable(),
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});

/** A scan with the findings it saw once it is done (at most 1,000, in the contract's shape). */
export const scanViewSchema = scanSchema.extend({
  findings: z.array(
    z.object({
      code: z.string(),
      idNumbers: z.array(z.string()),
      householdNos: z.array(z.string()),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});

export type ScanRecord = z.infer<typeof scanSchema>;
export type ScanView = z.infer<typeof scanViewSchema>;

// ── department feeds: the web upload page (FeedPage.tsx) checks each CSV row with feedRecordSchema ──
export const FEED_RECORDS_PER_REQUEST = 10_000;

export const feedRecordSchema = z.object({
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(\d{15}|\d{17}[\dX])$/, '公民身份号码应为18位（或15位旧号码）'),
  name: z.string().trim().min(1, '不能为空').max(50),
  date: z.iso.date('日期格式应为 YYYY-MM-DD'),
});

export const feedSchema = z.object({
  records: z
    .array(feedRecordSchema)
    .min(1, '至少一条记录')
    .max(FEED_RECORDS_PER_REQUEST, `每次最多${FEED_RECORDS_PER_REQUEST}条`),
});

/** The contract's CSV columns of each feed, in the order of the record's fields (idNumber, name, date). */
export const FEED_COLUMNS = {
  deaths: ['id_number', 'name', 'death_date'],
  enlistments: ['id_number', 'name', 'enlisted_on'],
} as const;

export const feedResponse = z.object({ received: z.number(), findings: z.number(), created: z.number() });

// ── persons without hukou (应落未落) ──
export const unregisteredIntakeSchema = z.object({
  category: z.enum(
    UNREGISTERED_CATEGORIES,
    '类别应为 unplanned-birth、spontaneous-migrant、cross-border-marriage 或 other',
  ),
  name: z.string().trim().min(1, '不能为空').max(50),
  sex: z.enum(['1', '2'], '性别代码应为 1（男）或 2（女）'),
  birthDate: z.iso.date('日期格式应为 YYYY-MM-DD'),
  ethnicity: z
    .string()
    .regex(/^\d{2}$/, '民族代码应为两位数字（GB/T 3304）')
    .default('01'),
  /** Absent when the person has none yet; an empty string is a mistake, not "none". */
  idNumber: citizenIdNumber.optional(),
  /** 12-digit village/community where the person actually lives: the destination of the settlement. */
  divisionCode: z.string().refine(isZhaotongUnitCode, '须为昭通市村（居）委会12位区划代码'),
  address: z.string().trim().min(1, '不能为空').max(200),
  /** What kind of place that is (the settlement application's destination kind: 中心城区, 县城, 集镇, 农村). */
  destinationKind: z.enum(DESTINATION_KINDS, '居住地类别应为 central-city、county-town、town 或 rural'),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('CN'),
  consent: z.boolean().default(false),
  note: z.string().trim().max(500).optional(),
});

export const unregisteredResponse = openObject({
  intakeId: z.number(),
  clauses: z.array(z.string()),
});
