// The live indicators of the plan (T1, T2–T9, T11, T12, T16.1): each read from the register, never typed in.
// One definition per indicator: its id, the clause it measures, and how. The use cases measure those the
// database can answer today (src/app/supervision/indicator-sources.ts); the others answer "not yet measured".
export const INDICATOR_IDS = [
  'T1.urbanization',
  'T2-T9.settlements',
  'T11.residence-permits',
  'T12.findings',
  'T16.1.citizenization',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export interface IndicatorDef {
  id: IndicatorId;
  /** The clause it measures (the task it belongs to). */
  clause: string;
  taskIds: readonly string[];
  name: string;
  /** How it is measured, in words (shown beside the value). */
  method: string;
}

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDef>> = {
  'T1.urbanization': {
    id: 'T1.urbanization',
    clause: 'T1',
    taskIds: ['T1'],
    name: '常住人口城镇化率',
    method:
      '常住人口（户籍人口中外出不满半年者，加上在本市他处或自市外来此居住满半年者）中居住在城镇村（居）委会（城乡分类代码 111–123）者所占比例，对照目标 45%；并列户籍人口城镇化率。取期末日的统计（登记库历史）',
  },
  'T2-T9.settlements': {
    id: 'T2-T9.settlements',
    clause: 'T2',
    taskIds: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'],
    name: '按条款办结落户数',
    method: '截至期末已办结落户（registered）的落户申请，按审批结论所引条款（T2–T9）计数',
  },
  'T11.residence-permits': {
    id: 'T11.residence-permits',
    clause: 'T11.1',
    taskIds: ['T11'],
    name: '居住证发放数',
    method: '居住证办理功能上线后，按期末已签发的居住证计数',
  },
  'T12.findings': {
    id: 'T12.findings',
    clause: 'T12',
    taskIds: ['T12'],
    name: '户口遗留问题清理',
    method: '户籍质量问题清单：截至期末发现的问题中已处理（resolved、dismissed）与未处理的数量',
  },
  'T16.1.citizenization': {
    id: 'T16.1.citizenization',
    clause: 'T16.1',
    taskIds: ['T16'],
    name: '农业转移人口市民化人数',
    method: '截至期末已办结落户的申请中，申请人原为农村户口、落户于城镇村（居）委会的人数（含随迁人员）',
  },
};

/** One measured part of an indicator: a labelled count or ratio. */
export interface IndicatorPart {
  label: string;
  value: number;
  unit: string;
}
