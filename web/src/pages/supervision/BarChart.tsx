// One bar chart (the shared EChart): progress by task, overdue by unit. The tables beside it hold the same numbers
// for screen readers; the chart also gets ECharts' generated description.
import { useMemo } from 'react';
import { EChart } from '../../components/EChart.tsx';

export interface Bar {
  name: string;
  value: number;
  /** Drawn in the alert colour (overdue). */
  alert?: boolean;
}

export function BarChart({ bars, label, max }: { bars: Bar[]; label: string; max?: number }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, rotate: 40 } },
      yAxis: { type: 'value', minInterval: 1, ...(max ? { max } : {}) },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.alert ? '#cf1322' : '#1677ff' } })),
        },
      ],
    }),
    [bars, max],
  );
  return <EChart option={option} label={label} height={280} />;
}
