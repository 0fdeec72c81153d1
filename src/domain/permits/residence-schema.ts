// The contract of a residence registration (居住登记, T11.1, T13.1; Decree 663 art. 9): who lives where, since
// when, on which ground, with which evidence. A person already in the register is named by the ID number alone
// (identity comes from the register); anyone else brings name, sex, birth date and hukou place, checked against
// the number. One schema for HTTP, the CLI and the web form.
import { z } from 'zod';
import { cityCodePattern, isInCity } from '../divisions/city.ts';
import { identityIssues } from '../identity/consistency.ts';
import { idNumberField } from '../applications/intake.ts';
import { GROUNDS } from './schema.ts';

const date = () => z.iso.date({ error: '不是有效日期 / not a date' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, '不能为空 / required')
    .max(max, `不能超过${max}个字符 / at most ${max} characters`);

export const RESIDENCE_END_REASONS = ['moved-away', 'left'] as const;
export const RESIDENCE_END_REASON_NAMES: Record<(typeof RESIDENCE_END_REASONS)[number], string> = {
  'moved-away': '迁往本市其他居住地',
  left: '离开昭通',
};

/** Evidence the clerk saw (lease, labour contract, school letter, …), each with what identifies it. */
export const EVIDENCE_CODES = [
  'id-card',
  'residence-proof',
  'employment-proof',
  'study-proof',
  'lodging-proof',
] as const;

export const residenceRegistrationInput = z
  .strictObject({
    person: z.strictObject({
      idNumber: idNumberField,
      name: text(50).optional(),
      sex: z.enum(['1', '2'], '性别代码应为 1（男）或 2（女）').optional(),
      birthDate: date().optional(),
      ethnicity: z
        .string()
        .regex(/^\d{2}$/, '民族代码应为两位数字（GB/T 3304）')
        .optional(),
      /** Where the hukou is: outside 昭通, or in another county of the city (T11.1). */
      hukou: z
        .strictObject({
          divisionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为6、9或12位数字'),
          rural: z.boolean(),
          address: z.string().trim().max(200).optional(),
        })
        .optional(),
    }),
    residence: z.strictObject({
      /** The village or community (居委会/村委会) where the person lives: 12 digits of 昭通. */
      unitCode: z
        .string()
        .regex(cityCodePattern('\\d{8}'), '须为昭通市村（居）委会12位区划代码')
        .refine(isInCity, '不是昭通市的区划'),
      address: text(200),
      since: date(),
    }),
    grounds: z
      .array(z.enum(GROUNDS, `应为其中之一：${GROUNDS.join(' | ')}`))
      .min(1, '至少一项：合法稳定就业、合法稳定住所或连续就读'),
    evidence: z
      .array(
        z.strictObject({
          code: z.enum(EVIDENCE_CODES, `应为其中之一：${EVIDENCE_CODES.join(' | ')}`),
          /** What identifies the document: a contract number, the school's letter number, … */
          reference: text(200),
        }),
      )
      .min(1, '须登记至少一份证明材料 / at least one piece of evidence'),
  })
  .superRefine((c, ctx) => {
    for (const issue of identityIssues(c.person))
      ctx.addIssue({ code: 'custom', path: ['person', ...issue.path.split('.')], message: issue.message });
  });
export type ResidenceRegistrationInput = z.output<typeof residenceRegistrationInput>;

export const residenceEndInput = z.strictObject({
  reason: z.enum(RESIDENCE_END_REASONS, `应为其中之一：${RESIDENCE_END_REASONS.join(' | ')}`),
  endedOn: date(),
  note: z.string().trim().max(500).optional(),
});

export const registrationCreatedSchema = z.object({
  id: z.uuid(),
  /** The register's person, when the ID number is registered in 昭通. */
  personId: z.uuid().nullable(),
  status: z.enum(['active', 'ended']),
});

const eventSchema = z.object({
  action: z.string(),
  on: z.string(),
  basis: z.string(),
  reason: z.string().nullable(),
  actor: z.string().nullable(),
  at: z.string(),
  detail: z.unknown(),
});

export const registrationResponse = z.object({
  id: z.uuid(),
  status: z.enum(['active', 'ended']),
  personId: z.uuid().nullable(),
  idNumber: z.string(),
  name: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  ethnicity: z.string().nullable(),
  hukou: z.object({ divisionCode: z.string(), rural: z.boolean(), address: z.string().nullable() }),
  residence: z.object({
    unitCode: z.string(),
    stationCode: z.string(),
    countyCode: z.string(),
    place: z.string(),
    address: z.string(),
    since: z.string(),
  }),
  grounds: z.array(z.enum(GROUNDS)),
  evidence: z.array(z.object({ code: z.string(), reference: z.string() })),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  permitId: z.uuid().nullable(),
  events: z.array(eventSchema),
});
export type RegistrationResponse = z.output<typeof registrationResponse>;

export const registrationSearchQuery = z.strictObject({
  idNumber: z.string().trim().toUpperCase().optional(),
  status: z.enum(['active', 'ended']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const registrationListResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(['active', 'ended']),
      idNumber: z.string(),
      name: z.string(),
      place: z.string(),
      since: z.string(),
      permitId: z.uuid().nullable(),
    }),
  ),
});

export { eventSchema as residenceEventSchema };
