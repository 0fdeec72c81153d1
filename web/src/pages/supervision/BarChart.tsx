// One bar chart (ECharts, only the parts used, in its own chunk): progress by task, overdue by unit. The tables
// beside it hold the same numbers for screen readers; the chart also gets ECharts' generated description.
import { useEffect, useRef } from 'react';
import { BarChart as Bars } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([Bars, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export interface Bar {
  name: string;
  value: number;
  /** Drawn in the alert colour (overdue). */
  alert?: boolean;
}

export function BarChart({ bars, label, max }: { bars: Bar[]; label: string; max?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      aria: { enabled: true },
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
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
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, max]);
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <div ref={ref} style={{ width: '100%', height: 280 }} />
    </figure>
  );
}
