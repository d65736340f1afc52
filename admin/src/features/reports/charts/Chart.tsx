import ReactEChartsCore from 'echarts-for-react/esm/core';
import { echarts, type ChartOption } from './echarts';

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesName?: string;
}

interface Props {
  option: ChartOption;
  /** Text alternative: what the chart shows (the table beneath carries the figures). */
  label: string;
  height?: number;
  onClick?: (e: ChartClick) => void;
}

/**
 * A chart drawn on canvas. Screen readers get `label` (role="img"); the figures themselves are in the
 * table each panel puts beneath its chart.
 */
export function Chart({ option, label, height = 300, onClick }: Props) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true, label: { description: label } }, ...option }}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={onClick ? { click: (e: ChartClick) => onClick(e) } : undefined}
      />
    </div>
  );
}
