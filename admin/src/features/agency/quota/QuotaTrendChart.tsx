import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { QuotaView } from '../api';
import { yuan } from '../shared/format';

// Tree-shaken: only what this chart draws. The page lazy-loads this module so echarts stays out of
// the first-load bundle.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const toYuan = (fen: number) => Math.round(fen) / 100;

/** Monthly purchases (bars: all / paired counties) and the running total against the reserved share. */
export default function QuotaTrendChart({ quota, onMonthClick }: { quota: QuotaView; onMonthClick?: (month: number) => void }) {
  const option = useMemo(() => {
    let running = 0;
    const cumulative = quota.byMonth.map((m) => (running += m.purchasedFen));
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => yuan(Math.round(v * 100)),
      },
      // ECharts 6 defaults a legend to the bottom, over the x-axis labels; the grid leaves room at the top.
      legend: { top: 0, data: ['当月采购', '其中结对县', '累计采购', '预留份额'] },
      grid: { left: 16, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: quota.byMonth.map((m) => `${m.month}月`) },
      yAxis: { type: 'value', name: '元' },
      series: [
        { name: '当月采购', type: 'bar', data: quota.byMonth.map((m) => toYuan(m.purchasedFen)), itemStyle: { color: '#c2410c' } },
        { name: '其中结对县', type: 'bar', data: quota.byMonth.map((m) => toYuan(m.pairedFen)), itemStyle: { color: '#f59e0b' } },
        { name: '累计采购', type: 'line', smooth: true, data: cumulative.map(toYuan), itemStyle: { color: '#2563eb' } },
        { name: '预留份额', type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: quota.byMonth.map(() => toYuan(quota.reservedFen)), itemStyle: { color: '#16a34a' } },
      ],
    };
  }, [quota]);

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 320 }}
      onEvents={{ click: (p: { dataIndex?: number }) => p.dataIndex !== undefined && onMonthClick?.(p.dataIndex + 1) }}
    />
  );
}
