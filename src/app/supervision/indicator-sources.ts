// Where each live indicator is read from — THE place to fill in when a source lands. An entry is a function
// measuring the indicator as of a day, or a `notYet` reason: such an indicator answers "not yet measured", never a
// number. T1 and 市民化 (T16.1) are read from the statistics (src/app/statistics: any day, from the register's history).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findingsCleared, settlementsByClause } from '../../db/repositories/supervision/indicators.ts';
import { residenceCountsAsOf } from '../../db/repositories/residence/counts.ts';
import { resolveParameter, type ParameterSet } from '../../domain/policy/parameters.ts';
import type { IndicatorId, IndicatorPart } from '../../domain/supervision/indicators.ts';
import { endOfDay } from './days.ts';
import { figuresFor, type StatsDeps } from '../statistics/figures.ts';
import { rate, residents, sumTowns } from '../../domain/statistics/cells.ts';
import { CITY_CODE } from '../../domain/divisions/city.ts';
import { settlementCells } from '../../db/repositories/statistics/reform.ts';

export interface Measured {
  parts: IndicatorPart[];
  target?: IndicatorPart;
}
export interface SourceInput {
  db: Kysely<DB>;
  parameters: ParameterSet;
  asOf: string;
  today: string;
  /** For the measures the statistics count (T1, T16.1). */
  deps: StatsDeps;
}
export type IndicatorSource =
  { measure: (input: SourceInput) => Promise<Measured | { notYet: string }> } | { notYet: string };

const SETTLEMENT_CLAUSES = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];

export const INDICATOR_SOURCES: Record<IndicatorId, IndicatorSource> = {
  'T1.urbanization': {
    async measure({ deps, parameters, asOf }) {
      // The statistics of the day (a stored snapshot, or counted from the register's history once).
      const t = sumTowns((await figuresFor(deps, asOf)).figures, CITY_CODE);
      const percent = (r: number | null) => (r === null ? 0 : Math.round(r * 10_000) / 100);
      const target = Number(resolveParameter(parameters, 'supervision.urbanization.target', asOf).value);
      return {
        parts: [
          { label: '常住人口城镇化率', value: percent(rate(t.residentUrban, residents(t))), unit: '%' },
          { label: '户籍人口城镇化率', value: percent(rate(t.registeredUrban, t.registered)), unit: '%' },
          { label: '常住人口', value: residents(t), unit: '人' },
          { label: '户籍人口', value: t.registered, unit: '人' },
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
    async measure({ db, asOf }) {
      const cells = await settlementCells(db, endOfDay(asOf), CITY_CODE);
      return {
        parts: [
          { label: '农业转移人口落户城镇', value: cells.reduce((a, c) => a + c.citizenized, 0), unit: '人' },
          { label: '办结落户人数', value: cells.reduce((a, c) => a + c.persons, 0), unit: '人' },
        ],
      };
    },
  },
};
