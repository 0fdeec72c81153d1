// The one ECharts wrapper of the app: draws an option into a figure, follows the size of its box (and the printed
// page's, so a chart fits A4), honours reduced motion, and reports clicks on data items (drill-down). Only the
// chart kinds the pages use are registered, so the lazy chunk stays small. The figure carries our label; ECharts
// writes its generated description (aria) on the element it draws in, for screen readers.
import { useEffect, useRef } from 'react';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type EChartOption = echarts.EChartsCoreOption;

/** The data item clicked: its category name and its index within its series. */
export interface ChartClick {
  name: string;
  dataIndex: number;
}

export function EChart({
  option,
  label,
  height = 300,
  onItemClick,
}: {
  option: EChartOption;
  label: string;
  height?: number;
  onItemClick?: (item: ChartClick) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest handler, read at click time, so a new handler does not redraw the chart.
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      aria: { enabled: true },
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      ...option,
    });
    chart.on('click', (p) => clickRef.current?.({ name: String(p.name), dataIndex: p.dataIndex }));
    // The chart follows its own box, not the window: a scrollbar appearing, a column reflowing or the printed
    // page's width all change the box without a window resize.
    const resize = () => chart.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(ref.current);
    window.addEventListener('beforeprint', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      chart.dispose();
    };
  }, [option]);

  return (
    <figure aria-label={label} style={{ margin: 0 }} className="echart">
      <div ref={ref} style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined }} />
    </figure>
  );
}
