import { describe, expect, it } from 'vitest';
import { monthOption, pieOption, seasonalOption } from './options';

describe('chart options', () => {
  // ECharts 6 defaults a legend to the bottom, where it would cover the x-axis labels.
  it('keeps the legends at the top, where the grid leaves room', () => {
    expect(monthOption([{ month: '2026-03', salesFen: 100, orderCount: 1 }]).legend).toMatchObject({ top: 0 });
    expect(seasonalOption([{ label: '芒果季（6–9月）', months: [{ month: '2026-06', salesFen: 100 }] }]).legend).toMatchObject({ top: 0 });
  });

  it('labels only the slices of the pie that have sales', () => {
    const series = (pieOption([{ label: '食堂', salesFen: 500 }, { label: '工会', salesFen: 0 }]).series as { data: { name: string; label?: { show: boolean } }[] }[])[0];
    expect(series.data.map((d) => [d.name, d.label?.show ?? true])).toEqual([['食堂', true], ['工会', false]]);
  });
});
