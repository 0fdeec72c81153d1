// ECharts options of the dashboard, built from the API's numbers (pure: the labels come in translated). Rates are
// drawn as percentages with one decimal; T1's target is a dashed line across the rate charts.
import type { EChartOption } from '../../components/EChart.tsx';
import { percentValue } from './format.ts';

const TARGET_COLOR = '#cf1322';
const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } };

/** A dashed horizontal line at the target (a fraction), named. */
function targetLine(target: number, name: string) {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { color: TARGET_COLOR, type: 'dashed', width: 2 },
    label: { formatter: name, position: 'insideEndTop', color: TARGET_COLOR },
    data: [{ yAxis: percentValue(target) }],
  };
}

export interface Series {
  name: string;
  values: Array<number | null>;
  kind?: 'bar' | 'line';
}

/** Bars (or lines) over categories; rates (as %) with the target line when `target` is given. */
export function categoryChart(
  categories: string[],
  series: Series[],
  options: { target?: { value: number; name: string }; percent?: boolean; rotate?: boolean } = {},
): EChartOption {
  // Absent keys, not undefined ones: ECharts merges an undefined axisLabel over its default and draws no labels.
  const { percent, rotate, target } = options;
  return {
    tooltip,
    ...(series.length > 1 && { legend: { top: 0 } }),
    grid: { left: 56, right: 24, top: series.length > 1 ? 40 : 24, bottom: rotate ? 72 : 32 },
    xAxis: {
      type: 'category',
      data: categories,
      ...(rotate && { axisLabel: { interval: 0, rotate: 40 } }),
    },
    yAxis: percent
      ? { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }
      : { type: 'value', minInterval: 1 },
    series: series.map((s, i) => ({
      type: s.kind ?? 'bar',
      name: s.name,
      data: percent ? s.values.map((v) => percentValue(v)) : s.values,
      ...(i === 0 && target && { markLine: targetLine(target.value, target.name) }),
    })),
  };
}

/** The age pyramid: males to the left (drawn negative, labelled as counts), females to the right. */
export function pyramidChart(
  rows: Array<{ band: string; male: number; female: number }>,
  names: { male: string; female: string },
): EChartOption {
  const abs = (v: number) => String(Math.abs(v));
  return {
    tooltip: { ...tooltip, valueFormatter: (v: number) => abs(v) },
    legend: { top: 0 },
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: abs } },
    yAxis: { type: 'category', data: rows.map((r) => r.band), axisTick: { show: false } },
    series: [
      { type: 'bar', name: names.male, stack: 'sex', data: rows.map((r) => -r.male) },
      { type: 'bar', name: names.female, stack: 'sex', data: rows.map((r) => r.female) },
    ],
  };
}

/** Shares of a whole (ethnicities), the largest first, the tail gathered as one slice. */
export function shareChart(
  items: Array<{ name: string; value: number }>,
  other: string,
  top = 8,
): EChartOption {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const tail = sorted.slice(top).reduce((sum, i) => sum + i.value, 0);
  const data = [...sorted.slice(0, top), ...(tail > 0 ? [{ name: other, value: tail }] : [])];
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['35%', '70%'], center: ['40%', '50%'], data }],
  };
}
