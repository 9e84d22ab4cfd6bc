// The report's charts as SVG strings, drawn by ECharts' server-side SVG renderer so the PDF and the app's
// dashboard draw with one library. Fixed sizes, no animation, and instance-specific class names
// normalised, so the same scores always give the same SVG. Text uses the family the PDF embeds (Noto Sans
// JP); pdfmake maps it to the bundled font when it draws the SVG.
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { FONT_FAMILY } from './fonts';
import type { Priority } from '../../../assessments';
import { reportFontMetrics } from './font-metrics';
import type { ReportCatalogScore } from './model';
import { palette, priorityColours, seriesColours } from './theme';
import { lineWidth, wrapText } from './wrap';

echarts.use([RadarChart, BarChart, LineChart, RadarComponent, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export type ChartSvg = { svg: string; width: number; height: number };

type Option = Parameters<echarts.ECharts['setOption']>[0];

function render(width: number, height: number, option: Option): ChartSvg {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY }, ...option });
    // zrender numbers its instances (zr0-, zr1- …): the same chart must not differ by how many came before.
    const svg = chart.renderToSVGString().replace(/zr\d+-/g, 'zr-');
    return { svg, width, height };
  } finally {
    // Also stops zrender's frame loop, which would otherwise keep the process alive.
    chart.dispose();
  }
}

/**
 * Fits a label into `lines` lines of `width` points, measured with the embedded font (ECharts' own
 * measuring has no font in a server process and misjudges Japanese), with an ellipsis when cut short.
 */
export function fitLabel(text: string, width: number, fontSize: number, lines = 1, bold = false): string {
  const metrics = reportFontMetrics();
  const style = { metrics: bold ? metrics.bold : metrics.regular, fontSize };
  const wrapped = wrapText(text, width, style);
  if (wrapped.length <= lines) return wrapped.join('\n');
  const kept = wrapped.slice(0, lines);
  let last = kept[lines - 1]!;
  while (last.length > 1 && lineWidth(`${last}…`, style) > width) last = last.slice(0, -1);
  kept[lines - 1] = `${last.trimEnd()}…`;
  return kept.join('\n');
}

const AXIS_NAME_SIZE = 6.5;

/** One radar per checklist: its domains' scores on a 0–100 scale. */
export function domainRadar(catalog: ReportCatalogScore, colour: string, size = { width: 250, height: 235 }): ChartSvg {
  // ECharts sizes the radius from the smaller side; axis names sit outside it and must stay inside the
  // chart's width, or they are cut off at its edge.
  const radius = 0.44 * (Math.min(size.width, size.height) / 2);
  const labelWidth = Math.max(40, size.width / 2 - radius - 12);
  return render(size.width, size.height, {
    title: { text: fitLabel(catalog.title, size.width - 10, 9, 2, true), left: 'center', top: 0, textStyle: { fontSize: 9, fontWeight: 'bold', color: palette.text, lineHeight: 11 } },
    radar: {
      center: ['50%', '58%'],
      radius,
      indicator: catalog.domains.map((d) => ({ name: fitLabel(d.title, labelWidth, AXIS_NAME_SIZE, 4), max: 100 })),
      axisName: { color: palette.muted, fontSize: AXIS_NAME_SIZE, lineHeight: 8 },
      splitNumber: 4,
      splitLine: { lineStyle: { color: palette.rule } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: palette.rule } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 3,
        lineStyle: { color: colour, width: 1.5 },
        itemStyle: { color: colour },
        areaStyle: { color: colour, opacity: 0.15 },
        data: [{ value: catalog.domains.map((d) => d.score ?? 0), name: catalog.title }],
      },
    ],
  });
}

/** Every domain's score as a horizontal bar, coloured by checklist, with the score printed at its end. */
export function domainBars(catalogs: readonly ReportCatalogScore[], width = 515): ChartSvg {
  const labelWidth = Math.round(width * 0.34);
  const rows = catalogs.flatMap((c) => c.domains.map((d) => ({ label: fitLabel(d.title, labelWidth - 8, 7), score: d.score })));
  const height = 34 + rows.length * 15 + (catalogs.length > 1 ? 18 : 0);
  return render(width, height, {
    legend: {
      show: catalogs.length > 1,
      bottom: 0,
      itemWidth: 10,
      itemHeight: 8,
      textStyle: { fontSize: 7, color: palette.muted },
      data: catalogs.map((c) => fitLabel(c.title, width / catalogs.length - 30, 7)),
    },
    grid: { left: labelWidth, right: 34, top: 8, bottom: catalogs.length > 1 ? 40 : 22 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { fontSize: 7, color: palette.muted },
      splitLine: { lineStyle: { color: palette.rule } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { fontSize: 7, color: palette.text },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.rule } },
    },
    // One series per checklist (for the legend), each with values only on its own rows.
    series: catalogs.map((c, ci) => ({
      type: 'bar',
      name: fitLabel(c.title, width / catalogs.length - 30, 7),
      stack: 'score',
      barWidth: 9,
      itemStyle: { color: seriesColours[ci % seriesColours.length] },
      label: { show: true, position: 'right', fontSize: 7, color: palette.text, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(1) : '') },
      // A domain where nothing applies has no score: no bar, rather than a bar at zero.
      data: rows.map((r, ri) => (rowCatalog(catalogs, ri) === ci && r.score !== null ? r.score : '-')),
    })),
  });
}

export type TimelineMonth = { label: string; counts: Readonly<Record<Priority, number>> };

/** Actions per month of their due date, stacked by priority: the plan's timeline at a glance. */
export function timelineBars(months: readonly TimelineMonth[], priorityLabels: Readonly<Record<Priority, string>>, width = 515, height = 150): ChartSvg {
  const priorities: Priority[] = ['P1', 'P2', 'P3', 'P4'];
  return render(width, height, {
    legend: { bottom: 0, itemWidth: 10, itemHeight: 8, textStyle: { fontSize: 7, color: palette.muted }, data: priorities.map((p) => `${p} ${priorityLabels[p]}`) },
    grid: { left: 28, right: 8, top: 10, bottom: 42 },
    xAxis: {
      type: 'category',
      data: months.map((m) => m.label),
      axisLabel: { fontSize: 7, color: palette.text, interval: 0, rotate: months.length > 8 ? 30 : 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.ruleStrong } },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 7, color: palette.muted }, splitLine: { lineStyle: { color: palette.rule } } },
    series: priorities.map((p) => ({
      type: 'bar',
      name: `${p} ${priorityLabels[p]}`,
      stack: 'actions',
      barMaxWidth: 22,
      itemStyle: { color: priorityColours[p] },
      data: months.map((m) => m.counts[p]),
    })),
  });
}

function rowCatalog(catalogs: readonly ReportCatalogScore[], rowIndex: number): number {
  let remaining = rowIndex;
  for (let i = 0; i < catalogs.length; i += 1) {
    const n = catalogs[i]!.domains.length;
    if (remaining < n) return i;
    remaining -= n;
  }
  return -1;
}

export type TrendPoint = { label: string; score: number | null; highlight: boolean };

/**
 * The overall score of each assessment in date order, as a line with the score printed at each point; the
 * points of the two assessments compared are drawn larger. An assessment with no score leaves a gap.
 */
export function trendLine(points: readonly TrendPoint[], width = 515, height = 190): ChartSvg {
  const slot = (width - 60) / Math.max(1, points.length);
  return render(width, height, {
    grid: { left: 30, right: 20, top: 18, bottom: 44 },
    xAxis: {
      type: 'category',
      data: points.map((p) => fitLabel(p.label, Math.max(40, slot - 8), 7, 3)),
      axisLabel: { fontSize: 7, color: palette.text, interval: 0, lineHeight: 9 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.ruleStrong } },
    },
    yAxis: { type: 'value', min: 0, max: 100, interval: 20, axisLabel: { fontSize: 7, color: palette.muted }, splitLine: { lineStyle: { color: palette.rule } } },
    series: [
      {
        type: 'line',
        connectNulls: false,
        lineStyle: { color: palette.primary, width: 2 },
        itemStyle: { color: palette.primary },
        label: { show: true, position: 'top', fontSize: 7.5, color: palette.text, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(1) : '') },
        data: points.map((p) => ({ value: p.score === null ? '-' : p.score, symbolSize: p.highlight ? 8 : 5 })),
      },
    ],
  });
}
