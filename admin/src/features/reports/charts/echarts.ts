/**
 * The one place the admin registers ECharts. Only what the console draws is pulled in (tree-shaken
 * `echarts/core`), and only report pages import this module — they are lazy routes, so the admin's
 * first load does not carry the chart library.
 */
import { BarChart, LineChart, PieChart, SankeyChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, SankeySeriesOption } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, SankeyChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, AriaComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | SankeySeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

export { echarts };
