// What a clerk (or the applicant online) fills in: the applicant, the basis and its facts exactly as in the
// settlement case (../shared/spec/settlement-eligibility.md, same field paths so errors name the same fields),
// the destination household, companions, consent. The facts are validated again by the policy engine's own
// case schema when the case is built (case.ts); this schema owns only what the case does not know.
import { z } from 'zod';
import { BASES, DESTINATION_KINDS, KIN_RELATIONS, RURAL_RIGHTS } from '../policy/case-schema.ts';
import { checkIdNumber } from '../identity/id-number.ts';
import { identityIssues } from '../identity/consistency.ts';
import { isMemberRelation } from '../codes/relationships.ts';
import { DomainError, type ErrorIssue } from '../errors.ts';
import { cityCodePattern } from '../divisions/city.ts';
import { formatCitation } from '../policy/citation.ts';

const date = () => z.iso.date({ error: '不是有效日期 / not a date' });
const text = (max: number) =>
  z.string().trim().min(1, '不能为空 / required').max(max, `不能超过${max}个字符`);

export const idNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => checkIdNumber(s).valid, '公民身份号码无效 / invalid citizen ID number');

export const FACT_SECTIONS = [
  'residence',
  'kin',
  'student',
  'military',
  'keyGroup',
  'returnToOrigin',
  'marriage',
  'residencePermit',
  'unregistered',
] as const;
export type FactSection = (typeof FACT_SECTIONS)[number];

const facts = Object.fromEntries(
  FACT_SECTIONS.map((s) => [s, z.record(z.string(), z.unknown()).optional()]),
) as Record<FactSection, z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;

export const applicantSchema = z.strictObject({
  /** The person in the register, when the applicant is already registered in the city. */
  personId: z.uuid('编号格式无效').optional(),
  name: text(50),
  idNumber: idNumberField,
  sex: z.enum(['1', '2'], '性别代码应为 1（男）或 2（女）'),
  ethnicity: z.string().regex(/^\d{2}$/, '民族代码应为两位数字（GB/T 3304）'),
  birthDate: date(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('CN'),
  activeMilitary: z.boolean().default(false),
  /** Current registration; null = none (unregistered). */
  hukou: z
    .strictObject({
      divisionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为6、9或12位数字'),
      rural: z.boolean(),
      address: z.string().trim().max(200).optional(),
    })
    .nullable(),
  ruralRights: z.array(z.enum(RURAL_RIGHTS)).default([]),
});

export const destinationSchema = z.strictObject({
  /** Statistical division code of the destination: at least the town (9 digits: the police station). */
  divisionCode: z
    .string()
    .regex(cityCodePattern('\\d{5}(\\d{3})?'), '须为昭通市乡镇（街道）9位或村（居）委会12位区划代码'),
  kind: z.enum(DESTINATION_KINDS),
  /** Join this household (move-in); absent = a new household at `address`. */
  householdId: z.uuid('编号格式无效').optional(),
  /** The applicant's relation to the head (GB/T 4761 code) when joining a household. */
  relation: z
    .string()
    .regex(/^\d{2}$/, '与户主关系代码应为两位数字')
    .optional(),
  address: z.string().trim().max(200).optional(),
});

/**
 * A relative moving with the applicant (随迁). `relation` is the relation to the applicant the policy engine judges;
 * `headRelation` is the GB/T 4761 code of the relation to the head of the destination household, with which the
 * companion is registered at completion (to the applicant when the applicant founds the household). The identity
 * is what the registry needs to enter a newcomer.
 */
export const companionSchema = z.strictObject({
  name: text(50),
  idNumber: idNumberField,
  sex: z.enum(['1', '2'], '性别代码应为 1（男）或 2（女）'),
  ethnicity: z.string().regex(/^\d{2}$/, '民族代码应为两位数字（GB/T 3304）'),
  relation: z.enum(KIN_RELATIONS),
  headRelation: z.string().refine(isMemberRelation, '与户主关系代码未知或不允许（GB/T 4761，户主 02 除外）'),
  birthDate: date(),
  coResiding: z.boolean(),
});

export const applicationInputSchema = z.strictObject({
  channel: z.enum(['counter', 'online']).default('counter'),
  basis: z.enum(BASES),
  applicant: applicantSchema,
  destination: destinationSchema,
  ...facts,
  companions: z.array(companionSchema).max(20).default([]),
  /**
   * P2: settlement only of the person's own will. Recorded with who recorded it and when; an application
   * without consent cannot be submitted.
   */
  consent: z.boolean({ error: '须确认本人自愿落户 / consent is required (P2)' }),
  /** T14.5: never accepted; present only so the refusal can name the field and the clause. */
  conditions: z.array(z.string()).optional(),
});
export type ApplicationInput = z.output<typeof applicationInputSchema>;

/**
 * T14.5 and P2 at intake: no condition that takes rural rights may be attached; consent must be given. Identity
 * facts agree with their ID numbers and (given `today`) nobody is born after today.
 */
export function checkIntakePrinciples(input: ApplicationInput, today?: string): void {
  const issues: ErrorIssue[] = [];
  if (input.conditions?.length) {
    issues.push({
      path: 'conditions',
      message: `不得以退出土地承包经营权、宅基地使用权、集体收益分配权作为落户条件（${formatCitation('T14.5')}）/ no condition taking rural rights may be attached`,
    });
  }
  issues.push(...identityIssues(input.applicant, 'applicant.', today));
  if (!input.consent)
    issues.push({
      path: 'consent',
      message: '落户须尊重本人意愿，须本人确认同意（P2）/ the applicant must consent',
    });
  if (input.destination.householdId && !input.destination.relation) {
    issues.push({
      path: 'destination.relation',
      message: '加入现有户须填写与户主关系 / required when joining a household',
    });
  }
  input.companions.forEach((c, i) => {
    issues.push(...identityIssues(c, `companions.${i}.`, today));
    if (
      c.idNumber === input.applicant.idNumber ||
      input.companions.findIndex((o) => o.idNumber === c.idNumber) !== i
    ) {
      issues.push({
        path: `companions.${i}.idNumber`,
        message: '同一人不能重复申报 / the same person twice',
      });
    }
  });
  if (!input.destination.householdId && !input.destination.address) {
    issues.push({ path: 'destination.address', message: '新立户须填写住址 / required for a new household' });
  }
  if (issues.length) throw DomainError.invalid(issues);
}
