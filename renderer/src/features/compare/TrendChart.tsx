// The overall score of every assessment of the organisation, oldest first, as a line; the two compared are
// drawn larger. ECharts is imported here only, so it is loaded with the comparison tab and never before;
// the same figures are in the screen's text for screen readers.
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type TrendChartPoint = { label: string; score: number | null; compared: boolean };

const fontFamily = '"Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif';
const teal = '#0b7285';

export function TrendChart({ points, label }: { points: TrendChartPoint[]; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  // Redrawn when the figures change, not on every render.
  const key = JSON.stringify(points);
  useEffect(() => {
    const data = JSON.parse(key) as TrendChartPoint[];
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily },
      aria: { enabled: true, label: { description: label } },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.map((p) => p.label), axisLabel: { fontSize: 11, interval: 0, width: 120, overflow: 'truncate' }, axisTick: { show: false } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 20, axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'line',
          data: data.map((p) => ({ value: p.score ?? '-', symbolSize: p.compared ? 10 : 6 })),
          itemStyle: { color: teal },
          lineStyle: { color: teal, width: 2 },
          label: { show: true, position: 'top', fontSize: 11, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(1) : '') },
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [key, label]);
  return <div ref={element} style={{ width: '100%', height: 220 }} role="img" aria-label={label} data-testid="compare-trend-chart" />;
}
