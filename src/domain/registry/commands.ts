// One zod schema per registry command: the API routes, the CLI and the web forms all validate with these, so a bad
// input gets the same answer everywhere: 400 with the path of every offending field.
import { z } from 'zod';
import { CANCEL_EVENT_REASONS } from '../codes/cancellation-reasons.ts';
import { isEthnicityCode } from '../codes/ethnicity.ts';
import { HOUSEHOLD_KIND_LIST } from '../codes/household-kinds.ts';
import { isMemberRelation } from '../codes/relationships.ts';
import { isZhaotongUnitCode } from '../divisions/tree.ts';
import { checkIdNumber, isRealDate } from '../identity/id-number.ts';
import { CORRECTABLE_FIELDS } from './events.ts';
import { isKnownLegalBasis } from './legal-basis.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(
    (s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    '不是有效日期',
  );

export const idNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => {
    const check = checkIdNumber(s);
    return check.valid && !check.facts.legacy15;
  }, '公民身份号码无效（须为校验正确的18位号码）');

const id = z.uuid('编号格式无效');
const version = z.number().int().min(1, '版本号无效');
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过${max}个字符`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字符`)
    .nullish()
    .transform((v) => v || null);
const memberRelation = z
  .string()
  .refine(isMemberRelation, '与户主关系代码未知或不允许（户主 02 只能通过变更户主产生）');

const meta = {
  legalBasis: z
    .string()
    .trim()
    .refine(isKnownLegalBasis, '法律依据须为方案条款编号（如 T12）或法规条文（如 户口登记条例 第七条）')
    .optional(),
  reason: text(500),
};

export const personItemsSchema = z.strictObject({
  name: text(50),
  sex: z.enum(['1', '2'], '性别代码应为 1（男）或 2（女）'),
  birthDate: isoDate,
  ethnicity: z.string().refine(isEthnicityCode, '民族代码未知（GB/T 3304，01–56）'),
  formerName: optionalText(50),
  birthPlace: optionalText(100),
  nativePlace: optionalText(100),
  religion: optionalText(50),
  education: optionalText(50),
  maritalStatus: optionalText(20),
  militaryStatus: optionalText(20),
  occupation: optionalText(100),
  employer: optionalText(100),
});

export const newcomerSchema = personItemsSchema.extend({ idNumber: idNumberSchema });

export const addressSchema = z.strictObject({
  divisionCode: z.string().refine(isZhaotongUnitCode, '须为昭通市村（居）委会的12位统计区划代码'),
  detail: text(200),
});

export const arrivalSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('existing'), personId: id, version }),
  z.strictObject({ type: z.literal('newcomer'), person: newcomerSchema }),
]);

export const registerBirthSchema = z.strictObject({
  householdId: id,
  version,
  relation: memberRelation,
  person: personItemsSchema.extend({ idNumber: idNumberSchema.optional() }),
  ...meta,
});

const leaving = { personId: id, version, newHeadPersonId: id.optional(), ...meta };

export const recordDeathSchema = z.strictObject({ ...leaving, deathDate: isoDate });
export const moveOutSchema = z.strictObject({ ...leaving, to: text(200) });
export const cancelHukouSchema = z.strictObject({
  ...leaving,
  cause: z.enum(CANCEL_EVENT_REASONS, '注销原因应为 military、emigration 或 duplicate'),
});

export const moveInSchema = z.strictObject({
  householdId: id,
  version,
  relation: memberRelation,
  arrival: arrivalSchema,
  from: text(200),
  ...meta,
});

export const createHouseholdSchema = z.strictObject({
  kind: z.enum(HOUSEHOLD_KIND_LIST, '户别未知'),
  address: addressSchema,
  head: arrivalSchema,
  from: text(200),
  ...meta,
});

export const splitHouseholdSchema = z.strictObject({
  householdId: id,
  version,
  kind: z.enum(HOUSEHOLD_KIND_LIST, '户别未知').default('family'),
  address: addressSchema,
  members: z
    .array(
      z.strictObject({
        personId: id,
        relation: z.string().refine((c) => c === '02' || isMemberRelation(c), '与户主关系代码未知'),
      }),
    )
    .min(1, '至少一名成员'),
  ...meta,
});

/**
 * formerHeadPersonId names the head who steps down; it is needed only where a legacy record left a household with
 * several heads (T12), and must be absent where it has none (the new head then replaces nobody).
 */
export const changeHeadSchema = z.strictObject({
  householdId: id,
  version,
  newHeadPersonId: id,
  formerHeadPersonId: id.optional(),
  formerHeadRelation: memberRelation,
  ...meta,
});

export const correctItemSchema = z.strictObject({
  personId: id,
  version,
  field: z.enum(CORRECTABLE_FIELDS, '不可更正的项目'),
  after: z.string().trim().max(200).nullable(),
  ...meta,
});

export const COMMAND_SCHEMAS = {
  'register-birth': registerBirthSchema,
  'record-death': recordDeathSchema,
  'move-in': moveInSchema,
  'move-out': moveOutSchema,
  'create-household': createHouseholdSchema,
  'split-household': splitHouseholdSchema,
  'change-head': changeHeadSchema,
  'correct-item': correctItemSchema,
  'cancel-hukou': cancelHukouSchema,
} as const;

export type CommandName = keyof typeof COMMAND_SCHEMAS;
export type CommandInput<N extends CommandName> = z.output<(typeof COMMAND_SCHEMAS)[N]>;
export type RegistryCommand = { [N in CommandName]: { name: N; input: CommandInput<N> } }[CommandName];
export type ArrivalInput = z.output<typeof arrivalSchema>;
export type NewcomerInput = z.output<typeof newcomerSchema>;
