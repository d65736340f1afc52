import type { ChartOption } from './echarts';
import { fenAsYuan } from '../format';

/*
 * Option builders of the console's charts: plain data → ECharts options. Kept apart from the
 * components so they are the only thing that knows ECharts' option shapes.
 */

const yuanAxis = { type: 'value' as const, name: '销售额（元）', axisLabel: { formatter: (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v)) } };
const yuanTooltip = (v: unknown) => `¥${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/*
 * ECharts 6 puts a legend at the bottom by default, over the x-axis labels of a grid that leaves only
 * room for them: the charts with a legend keep it at the top, in the space their grid reserves there.
 */

/** Sales as bars and orders as a line on a second axis. */
export function monthOption(rows: { month: string; salesFen: number; orderCount: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: ['销售额', '订单数'] },
    grid: { left: 64, right: 48, bottom: 32, top: 48 },
    xAxis: { type: 'category', data: rows.map((r) => r.month) },
    yAxis: [yuanAxis, { type: 'value', name: '订单数', minInterval: 1 }],
    series: [
      { name: '销售额', type: 'bar', data: rows.map((r) => fenAsYuan(r.salesFen)), tooltip: { valueFormatter: yuanTooltip }, itemStyle: { color: '#c2410c' } },
      { name: '订单数', type: 'line', yAxisIndex: 1, data: rows.map((r) => r.orderCount), smooth: true },
    ],
  };
}

/** Horizontal bars of sales by name, largest on top. */
export function barOption(rows: { name: string; salesFen: number }[], color = '#c2410c'): ChartOption {
  const shown = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, bottom: 24, top: 16, containLabel: true },
    xAxis: { ...yuanAxis, name: '' },
    yAxis: { type: 'category', data: shown.map((r) => r.name) },
    series: [{ name: '销售额', type: 'bar', data: shown.map((r) => fenAsYuan(r.salesFen)), tooltip: { valueFormatter: yuanTooltip }, itemStyle: { color } }],
  };
}

export function pieOption(rows: { label: string; salesFen: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: yuanTooltip },
    legend: { bottom: 0 },
    series: [
      {
        name: '销售额',
        type: 'pie',
        radius: ['35%', '65%'],
        // An empty slice keeps its legend entry but no label: several "0%" labels would pile up.
        data: rows.map((r) => ({ name: r.label, value: fenAsYuan(r.salesFen), ...(r.salesFen === 0 ? { label: { show: false }, labelLine: { show: false } } : {}) })),
        label: { formatter: '{b}\n{d}%' },
      },
    ],
  };
}

/** The seasons side by side: x = month within the season (1–4), one line per season. */
export function seasonalOption(seasons: { label: string; months: { month: string; salesFen: number }[] }[]): ChartOption {
  const length = Math.max(0, ...seasons.map((s) => s.months.length));
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: yuanTooltip,
    },
    legend: { top: 0, data: seasons.map((s) => s.label) },
    grid: { left: 64, right: 24, bottom: 32, top: 48 },
    xAxis: { type: 'category', data: Array.from({ length }, (_, i) => `季内第${i + 1}月`) },
    yAxis: yuanAxis,
    series: seasons.map((s, i) => ({
      name: s.label,
      type: 'line' as const,
      smooth: true,
      data: s.months.map((m) => ({ value: fenAsYuan(m.salesFen), name: m.month })),
      itemStyle: { color: i === 0 ? '#f59e0b' : '#ea580c' },
    })),
  };
}

/** Helper units → counties as a sankey (no GeoJSON offline, so a flow instead of a map). */
export function pairingSankeyOption(helpers: { helper: string; counties: string[] }[]): ChartOption {
  const left = helpers.map((h) => h.helper);
  // A county paired with two helper units is one node; names that clash with a helper get a suffix.
  const right = [...new Set(helpers.flatMap((h) => h.counties))];
  const node = (n: string) => (left.includes(n) ? `${n}（受援）` : n);
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        nodeGap: 6,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'source', opacity: 0.35 },
        label: { fontSize: 12 },
        data: [...left.map((name) => ({ name })), ...right.map((c) => ({ name: node(c) }))],
        links: helpers.flatMap((h) => h.counties.map((c) => ({ source: h.helper, target: node(c), value: 1 }))),
      },
    ],
  };
}
