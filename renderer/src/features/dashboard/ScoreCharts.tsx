// The radar and bar charts of one checklist's domain scores. ECharts is imported here only, so it is loaded
// with the dashboard and never before; the same figures are in the table beside the charts for screen
// readers (the charts themselves are described by ECharts' aria option).
import { BarChart, RadarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([RadarChart, BarChart, RadarComponent, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type DomainBar = { label: string; score: number | null };

const fontFamily = '"Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif';
const teal = '#0b7285';

function useChart(option: echarts.EChartsCoreOption, label: string) {
  const element = useRef<HTMLDivElement>(null);
  // Redrawn when the figures change, not on every render.
  const key = JSON.stringify(option);
  useEffect(() => {
    const option = JSON.parse(key) as echarts.EChartsCoreOption;
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption({ textStyle: { fontFamily }, aria: { enabled: true, label: { description: label } }, animation: false, ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [key, label]);
  return element;
}

export function DomainRadar({ domains, label }: { domains: DomainBar[]; label: string }) {
  const element = useChart(
    {
      tooltip: {},
      radar: { indicator: domains.map((d) => ({ name: d.label, max: 100 })), radius: '62%', axisName: { color: '#343a40', fontSize: 11 } },
      series: [{ type: 'radar', data: [{ value: domains.map((d) => d.score ?? 0), name: label, areaStyle: { opacity: 0.25 } }], itemStyle: { color: teal } }],
    },
    label,
  );
  return <div ref={element} style={{ width: '100%', height: 320 }} role="img" aria-label={label} data-testid="radar-chart" />;
}

export function DomainBars({ domains, label }: { domains: DomainBar[]; label: string }) {
  const element = useChart(
    {
      tooltip: {},
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', inverse: true, data: domains.map((d) => d.label), axisLabel: { width: 180, overflow: 'truncate', fontSize: 11 } },
      series: [{ type: 'bar', data: domains.map((d) => d.score ?? 0), itemStyle: { color: teal }, label: { show: true, position: 'right', fontSize: 11 } }],
    },
    label,
  );
  return <div ref={element} style={{ width: '100%', height: Math.max(200, domains.length * 28 + 32) }} role="img" aria-label={label} data-testid="bar-chart" />;
}
