// The settlement case (contract: ../shared/spec/settlement-eligibility.md). The ONE schema used by the CLI,
// HTTP and web forms. Strict objects: an unknown field is an error, because a typo must not change a decision.
import { z } from 'zod';
import { checkIdNumber } from '../identity/id-number.ts';
import { notAfter } from './dates.ts';
import { isInCity } from '../divisions/city.ts';

const date = () => z.iso.date({ error: '不是有效日期 / not a date' });
const bool = () => z.boolean({ error: '应为 true 或 false / expected a boolean' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `应为其中之一 / expected one of: ${values.join(' | ')}` });
const count = () =>
  z
    .number({ error: '应为数字 / expected a number' })
    .int({ error: '应为整数 / expected an integer' })
    .min(0, { error: '不能为负数 / must be ≥ 0' });

export const BASES = [
  'residence',
  'kin',
  'student',
  'military-family',
  'key-group',
  'return-to-origin',
  'marriage',
  'residence-permit',
  'unregistered',
] as const;
export const DESTINATION_KINDS = ['central-city', 'county-town', 'town', 'rural'] as const;
export const RURAL_RIGHTS = ['land-contract', 'homestead', 'collective-income'] as const;
export const KIN_RELATIONS = [
  'spouse',
  'parent',
  'child',
  'grandparent',
  'grandchild',
  'great-grandparent',
  'great-grandchild',
  'sibling',
  'other',
] as const;
export const STUDENT_STAGES = [
  'enrolment',
  'graduation',
  'grassroots-service',
  'grassroots-service-ended',
] as const;
export const STUDENT_TARGETS = [
  'school',
  'employer',
  'own-residence',
  'pre-enrolment-hukou',
  'talent-service-agency',
  'actual-residence',
] as const;
export const MILITARY_RELATIONS = ['spouse', 'child', 'lineal-relative'] as const;
export const MILITARY_TARGETS = ['elders-hukou', 'soldier-owned-residence'] as const;
export const KEY_GROUP_CATEGORIES = [
  'landless-farmer',
  'outstanding-migrant-worker',
  'graduate',
  'discharged-soldier',
  'park-or-large-enterprise-employee',
] as const;
export const KEY_GROUP_TARGETS = [
  'employer-collective',
  'talent-collective',
  'community-collective',
] as const;
export const RIGHTS_HOLDERS = ['self', 'parent', 'spouse', 'child', 'none'] as const;
export const UNREGISTERED_CATEGORIES = [
  'unplanned-birth',
  'spontaneous-migrant',
  'cross-border-marriage',
  'other',
] as const;
export const CONDITIONS = [
  'surrender-land-contract',
  'surrender-homestead',
  'surrender-collective-income',
] as const;

const anyDivision = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, {
  error: '区划代码应为6、9或12位数字 / expected a 6, 9 or 12-digit division code',
});
const zhaotongDivision = anyDivision.refine(isInCity, {
  error: '不是昭通市的区划 / not a division of 昭通市 (5306…)',
});

const applicant = z.strictObject({
  birthDate: date(),
  idNumber: z.string().optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: '应为两位国家代码 / expected an ISO country code like CN' })
    .default('CN'),
  activeMilitary: bool().default(false),
  consent: bool().default(true),
  hukou: z.strictObject({ divisionCode: anyDivision, rural: bool() }).nullable().optional(),
  ruralRights: z.array(oneOf(RURAL_RIGHTS)).default([]),
});

const residence = z.strictObject({
  tenure: oneOf(['owned', 'rented']),
  legal: bool(),
  actuallyResiding: bool(),
  rentalRegistered: bool().optional(),
  ownerConsent: bool().optional(),
  otherHouseholdAtAddress: bool().optional(),
  sharedOrSublet: bool().optional(),
});

export const settlementCaseSchema = z
  .strictObject({
    asOf: date(),
    basis: oneOf(BASES),
    applicant,
    destination: z.strictObject({ divisionCode: zhaotongDivision, kind: oneOf(DESTINATION_KINDS) }),
    residence: residence.optional(),
    kin: z
      .strictObject({
        relation: oneOf(KIN_RELATIONS),
        coResiding: bool(),
        hostHukouAtDestination: bool(),
        perCapitaHousingAreaM2: z
          .number({ error: '应为数字 / expected a number' })
          .min(0, { error: '不能为负数 / must be ≥ 0' })
          .optional(),
      })
      .optional(),
    student: z
      .strictObject({ stage: oneOf(STUDENT_STAGES), schoolInCity: bool(), target: oneOf(STUDENT_TARGETS) })
      .optional(),
    military: z
      .strictObject({
        relation: oneOf(MILITARY_RELATIONS),
        followsArmy: bool(),
        target: oneOf(MILITARY_TARGETS),
        coResidingWithElders: bool().optional(),
        soldierOwnsResidence: bool().optional(),
        coResiding: bool().optional(),
      })
      .optional(),
    keyGroup: z
      .strictObject({
        category: oneOf(KEY_GROUP_CATEGORIES),
        voluntary: bool(),
        laborContract: bool().optional(),
        monthsEmployed: count().optional(),
        hasLegalStableResidence: bool(),
        target: oneOf(KEY_GROUP_TARGETS),
      })
      .optional(),
    returnToOrigin: z
      .strictObject({
        previouslyMovedToTown: bool(),
        rightsHolder: oneOf(RIGHTS_HOLDERS),
        rights: z.array(oneOf(RURAL_RIGHTS)).default([]),
        actuallyResiding: bool(),
      })
      .optional(),
    marriage: z
      .strictObject({
        applicantHukouRural: bool(),
        spouseHukouRural: bool(),
        coupleResidesAtDestination: bool(),
      })
      .optional(),
    residencePermit: z
      .strictObject({
        valid: bool(),
        /** Optional addition: last day of validity; the permit is valid on that day. */
        validUntil: date().optional(),
        continuousYears: count(),
        socialInsuranceYears: count(),
        hasLegalStableResidence: bool(),
      })
      .optional(),
    unregistered: z.strictObject({ category: oneOf(UNREGISTERED_CATEGORIES) }).optional(),
    companions: z
      .array(z.strictObject({ relation: oneOf(KIN_RELATIONS), birthDate: date(), coResiding: bool() }))
      .default([]),
    conditions: z.array(oneOf(CONDITIONS)).default([]),
  })
  .superRefine((c, ctx) => {
    const need = (ok: unknown, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const SECTION: Record<(typeof BASES)[number], keyof typeof c> = {
      residence: 'residence',
      kin: 'kin',
      student: 'student',
      'military-family': 'military',
      'key-group': 'keyGroup',
      'return-to-origin': 'returnToOrigin',
      marriage: 'marriage',
      'residence-permit': 'residencePermit',
      unregistered: 'unregistered',
    };
    const section = SECTION[c.basis];
    need(c[section] !== undefined, [section], `${c.basis} 类型必须填写 / required for basis ${c.basis}`);
    need(
      notAfter(c.applicant.birthDate, c.asOf),
      ['applicant', 'birthDate'],
      '出生日期晚于 asOf / after asOf',
    );
    if (c.applicant.idNumber !== undefined) {
      const id = checkIdNumber(c.applicant.idNumber);
      if (!id.valid)
        need(false, ['applicant', 'idNumber'], `身份号码无效 / invalid ID number (${id.problem})`);
      else if (typeof c.applicant.birthDate === 'string')
        need(
          id.facts.birthDate === c.applicant.birthDate,
          ['applicant', 'idNumber'],
          '身份号码中的出生日期与 birthDate 不一致 / birth date differs from birthDate',
        );
    }
    const r = c.residence;
    if (r?.tenure === 'rented') {
      for (const k of [
        'rentalRegistered',
        'ownerConsent',
        'otherHouseholdAtAddress',
        'sharedOrSublet',
      ] as const) {
        need(r[k] !== undefined, ['residence', k], '租赁住所必须填写 / required when tenure is rented');
      }
    }
    const m = c.military;
    if (m && !m.followsArmy) {
      const fields =
        m.target === 'elders-hukou'
          ? (['coResidingWithElders'] as const)
          : (['soldierOwnsResidence', 'coResiding'] as const);
      for (const k of fields)
        need(m[k] !== undefined, ['military', k], `target ${m.target} 必须填写 / required for this target`);
    }
    const k = c.keyGroup;
    if (k?.category === 'park-or-large-enterprise-employee') {
      need(
        k.laborContract !== undefined,
        ['keyGroup', 'laborContract'],
        '园区、工矿企业职工必须填写 / required for this category',
      );
      need(
        k.monthsEmployed !== undefined,
        ['keyGroup', 'monthsEmployed'],
        '园区、工矿企业职工必须填写 / required for this category',
      );
    }
    const hukou = c.applicant.hukou;
    if (c.marriage && hukou) {
      need(
        c.marriage.applicantHukouRural === hukou.rural,
        ['marriage', 'applicantHukouRural'],
        '与 applicant.hukou.rural 矛盾 / contradicts applicant.hukou.rural',
      );
    }
    c.companions.forEach((p, i) =>
      need(notAfter(p.birthDate, c.asOf), ['companions', i, 'birthDate'], '出生日期晚于 asOf / after asOf'),
    );
  });

export type SettlementCaseInput = z.input<typeof settlementCaseSchema>;
export type SettlementCase = z.output<typeof settlementCaseSchema>;
export type Basis = (typeof BASES)[number];
