// The dashboard's chart options: rates drawn as percentages with T1's target as a line on the first series, counts
// as whole numbers, no key set to undefined (ECharts merges an undefined axisLabel over its default and the axis
// loses its labels), the pyramid's males drawn left, the ethnicities' tail gathered into one slice.
import { describe, expect, it } from 'vitest';
import { categoryChart, pyramidChart, shareChart } from '../../../web/src/pages/statistics/chartOptions.ts';

/** Paths of every key whose value is undefined, anywhere in an option. */
function undefinedKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    v === undefined ? [`${path}.${k}`] : undefinedKeys(v, `${path}.${k}`),
  );
}

describe('category charts', () => {
  it('draws rates as percentages with the target line on the first series only', () => {
    const option = categoryChart(
      ['昭阳区', '彝良县'],
      [
        { name: '常住', values: [0.5123, null] },
        { name: '户籍', values: [0.3, 0.25] },
      ],
      { percent: true, rotate: true, target: { value: 0.45, name: 'T1 45.0%' } },
    ) as { series: Array<{ data: unknown[]; markLine?: { data: unknown[] } }>; yAxis: { max: number } };
    expect(option.series[0]!.data).toEqual([51.2, null]);
    expect(option.series[0]!.markLine!.data).toEqual([{ yAxis: 45 }]);
    expect(option.series[1]!.markLine).toBeUndefined();
    expect(option.yAxis.max).toBe(100);
    expect(undefinedKeys(option)).toEqual([]);
  });

  it('draws counts as they are, with whole-number steps and no key left undefined', () => {
    const option = categoryChart(['2026-01'], [{ name: '迁入', values: [12] }]) as {
      series: Array<{ data: unknown[]; type: string }>;
      yAxis: { minInterval: number };
      legend?: unknown;
    };
    expect(option.series[0]).toMatchObject({ data: [12], type: 'bar' });
    expect(option.yAxis.minInterval).toBe(1);
    expect(option.legend).toBeUndefined();
    expect(undefinedKeys(option)).toEqual([]);
  });
});

describe('structure charts', () => {
  it('draws the pyramid with males to the left', () => {
    const option = pyramidChart([{ band: '0-4', male: 7, female: 5 }], { male: '男', female: '女' }) as {
      series: Array<{ data: number[] }>;
    };
    expect(option.series.map((s) => s.data)).toEqual([[-7], [5]]);
  });

  it('keeps the largest ethnicities and gathers the rest', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ name: `民族${i}`, value: i + 1 }));
    const option = shareChart(items, '其他民族', 3) as {
      series: Array<{ data: Array<{ name: string; value: number }> }>;
    };
    expect(option.series[0]!.data).toEqual([
      { name: '民族9', value: 10 },
      { name: '民族8', value: 9 },
      { name: '民族7', value: 8 },
      { name: '其他民族', value: 28 },
    ]);
  });
});
