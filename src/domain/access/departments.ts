// The departments that share the register (T13.2: 教育、人社、住建、卫计、民政 … join the provincial population
// database). A user's department was free text; it is now one of these, stored by its canonical Chinese name —
// the name the dated feed parameters list (policy/parameters/quality.yaml: 卫健委, 人武部) — so feeds keep working.
import { z } from 'zod';

export const DEPARTMENT_CODES = [
  'education',
  'hrss',
  'health',
  'civil-affairs',
  'housing',
  'military',
  'natural-resources',
  'agriculture',
  'statistics',
  'finance',
] as const;
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

export interface Department {
  code: DepartmentCode;
  /** Canonical name, stored on app_user.department and api_token.department. */
  name: string;
  /** Other names officers and older records use for the same body. */
  aliases: readonly string[];
  en: string;
}

export const DEPARTMENTS: Readonly<Record<DepartmentCode, Department>> = {
  education: {
    code: 'education',
    name: '教育局',
    aliases: ['市教育局', '教育', '教体局'],
    en: 'Education Bureau',
  },
  hrss: {
    code: 'hrss',
    name: '人社局',
    aliases: ['市人社局', '人力资源和社会保障局', '人社'],
    en: 'Human Resources and Social Security Bureau',
  },
  health: {
    code: 'health',
    name: '卫健委',
    aliases: ['市卫健委', '卫生健康委员会', '卫计委', '市卫计委', '卫生和计划生育委员会'],
    en: 'Health Commission',
  },
  'civil-affairs': {
    code: 'civil-affairs',
    name: '民政局',
    aliases: ['市民政局', '民政'],
    en: 'Civil Affairs Bureau',
  },
  housing: {
    code: 'housing',
    name: '住建局',
    aliases: ['市住建局', '住房和城乡建设局', '住建'],
    en: 'Housing and Urban-Rural Development Bureau',
  },
  military: {
    code: 'military',
    name: '人武部',
    aliases: ['人民武装部', '征兵办', '征兵办公室', '军分区'],
    en: "People's Armed Forces Department",
  },
  'natural-resources': {
    code: 'natural-resources',
    name: '国土局',
    aliases: ['市国土局', '国土资源局', '自然资源局'],
    en: 'Land and Resources Bureau',
  },
  agriculture: {
    code: 'agriculture',
    name: '农业局',
    aliases: ['市农业局', '农业农村局'],
    en: 'Agriculture Bureau',
  },
  statistics: { code: 'statistics', name: '统计局', aliases: ['市统计局'], en: 'Statistics Bureau' },
  finance: { code: 'finance', name: '财政局', aliases: ['市财政局'], en: 'Finance Bureau' },
};

const BY_NAME: ReadonlyMap<string, Department> = new Map(
  Object.values(DEPARTMENTS).flatMap((d) => [d.code, d.name, ...d.aliases].map((n) => [n, d] as const)),
);

/** The department a code, canonical name or alias names (whitespace ignored); undefined when none. */
export function departmentOf(name: string | null | undefined): Department | undefined {
  return name ? BY_NAME.get(name.replace(/\s+/g, '')) : undefined;
}

/** A department by code, name or alias → its canonical name; anything else names the field. */
export const departmentField = z
  .string()
  .trim()
  .max(64)
  .transform((name, ctx) => {
    const d = departmentOf(name);
    if (!d)
      ctx.addIssue({
        code: 'custom',
        message: `未知部门：${name}（可选：${Object.values(DEPARTMENTS)
          .map((x) => x.name)
          .join('、')}）`,
      });
    return d?.name ?? name;
  });
