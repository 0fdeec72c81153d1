// Findings by county and code as a stacked bar chart (the shared EChart). The table beside it holds the same
// numbers for screen readers; the chart also gets ECharts' generated description.
import { useMemo } from 'react';
import { EChart } from '../../components/EChart.tsx';

export interface ChartData {
  counties: Array<{ code: string; name: string }>;
  series: Array<{ code: string; name: string; counts: Record<string, number> }>;
}

export function FindingsChart({ data, label }: { data: ChartData; label: string }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 16, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: data.counties.map((c) => c.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map((s) => ({
        type: 'bar',
        stack: 'findings',
        name: s.name,
        data: data.counties.map((c) => s.counts[c.code] ?? 0),
      })),
    }),
    [data],
  );
  return <EChart option={option} label={label} height={320} />;
}
