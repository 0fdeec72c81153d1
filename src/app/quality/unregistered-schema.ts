// The intake of a person without hukou (应落未落, T12) as one zod schema, shared by the API (route and use case) and
// the web form (web/src/pages/quality/UnregisteredPage.tsx), so both accept exactly the same input. Pure: zod and
// the domain's category list only, so the web bundle can import it.
import { z } from 'zod';
import { DESTINATION_KINDS, UNREGISTERED_CATEGORIES } from '../../domain/policy/case-schema.ts';
import { cityCodePattern } from '../../domain/divisions/city.ts';

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
  idNumber: z.string().trim().toUpperCase().optional(),
  /** 12-digit village/community where the person actually lives: the destination of the settlement. */
  divisionCode: z.string().regex(cityCodePattern('\\d{8}'), '须为昭通市村（居）委会12位区划代码'),
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
