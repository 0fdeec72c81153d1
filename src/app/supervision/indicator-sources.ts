// Where each live indicator is read from — THE place to fill in when a source lands. An entry is a function
// measuring the indicator as of a day, or a `notYet` reason: such an indicator answers "not yet measured", never a
// number. 市民化 (T16.1) waits for the statistics module.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  findingsCleared,
  registeredUrbanization,
  settlementsByClause,
} from '../../db/repositories/supervision/indicators.ts';
import { residenceCountsAsOf } from '../../db/repositories/residence/counts.ts';
import { resolveParameter, type ParameterSet } from '../../domain/policy/parameters.ts';
import type { IndicatorId, IndicatorPart } from '../../domain/supervision/indicators.ts';
import { endOfDay } from './days.ts';

export interface Measured {
  parts: IndicatorPart[];
  target?: IndicatorPart;
}
export interface SourceInput {
  db: Kysely<DB>;
  parameters: ParameterSet;
  asOf: string;
  today: string;
}
export type IndicatorSource =
  { measure: (input: SourceInput) => Promise<Measured | { notYet: string }> } | { notYet: string };

const SETTLEMENT_CLAUSES = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];

export const INDICATOR_SOURCES: Record<IndicatorId, IndicatorSource> = {
  'T1.urbanization': {
    async measure({ db, parameters, asOf, today }) {
      // The register keeps no daily snapshot of who lived where: only today's share can be read.
      if (asOf < today)
        return {
          notYet: '过去某日的城镇化率需要统计模块的时点快照 / past days need the statistics snapshots',
        };
      const { all, urban } = await registeredUrbanization(db);
      const target = Number(resolveParameter(parameters, 'supervision.urbanization.target', asOf).value);
      const rate = all ? Math.round((urban / all) * 10_000) / 100 : 0;
      return {
        parts: [
          { label: '户籍人口城镇化率', value: rate, unit: '%' },
          { label: '城镇在册人口', value: urban, unit: '人' },
          { label: '在册人口', value: all, unit: '人' },
        ],
        target: { label: '目标（常住人口城镇化率）', value: target, unit: '%' },
      };
    },
  },
  'T2-T9.settlements': {
    async measure({ db, asOf }) {
      const counts = new Map((await settlementsByClause(db, endOfDay(asOf))).map((r) => [r.clause, r.count]));
      return {
        parts: SETTLEMENT_CLAUSES.map((c) => ({
          label: `${c} 办结落户`,
          value: counts.get(c) ?? 0,
          unit: '件',
        })),
      };
    },
  },
  'T11.residence-permits': {
    async measure({ db, asOf }) {
      const c = await residenceCountsAsOf(db, asOf);
      return {
        parts: [
          { label: '在册居住登记', value: c.residing, unit: '人' },
          { label: '累计发放居住证', value: c.issued, unit: '张' },
          { label: '累计签注', value: c.endorsed, unit: '次' },
          { label: '累计注销居住证', value: c.cancelled, unit: '张' },
        ],
      };
    },
  },
  'T12.findings': {
    async measure({ db, asOf }) {
      const { cleared, open } = await findingsCleared(db, endOfDay(asOf));
      return {
        parts: [
          { label: '已处理问题', value: cleared, unit: '条' },
          { label: '未处理问题', value: open, unit: '条' },
        ],
      };
    },
  },
  'T16.1.citizenization': {
    notYet: '需统计模块的常住人口与市民化口径 / needs the statistics module',
  },
};
