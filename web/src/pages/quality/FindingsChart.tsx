// Findings by county and code as a stacked bar chart (ECharts, only the parts used, so the chunk stays small). The
// table beside it holds the same numbers for screen readers; the chart also gets ECharts' generated description.
import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export interface ChartData {
  counties: Array<{ code: string; name: string }>;
  series: Array<{ code: string; name: string; counts: Record<string, number> }>;
}

export function FindingsChart({ data, label }: { data: ChartData; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      aria: { enabled: true },
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
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
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data]);
  // ECharts writes its generated description as the aria-label of the element it draws in; the figure keeps ours.
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <div ref={ref} style={{ width: '100%', height: 320 }} />
    </figure>
  );
}
