import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import type { Period } from './api';

const D = 'YYYY-MM-DD';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The RangePicker presets: 本年, 上年, 近12个月 (this month and the eleven before it). */
export function periodPresets(today: Dayjs = dayjs()): { label: string; value: [Dayjs, Dayjs] }[] {
  return [
    { label: '本年', value: [today.startOf('year'), today.endOf('year')] },
    { label: '上年', value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')] },
    { label: '近12个月', value: [today.subtract(11, 'month').startOf('month'), today.endOf('month')] },
  ];
}

export const thisYearPeriod = (today: Dayjs = dayjs()): Period => ({
  from: today.startOf('year').format(D),
  to: today.endOf('year').format(D),
});

export const toPeriod = ([a, b]: [Dayjs, Dayjs]): Period => ({ from: a.format(D), to: b.format(D) });

/**
 * The period of a report page, kept in the URL (`?from=&to=`) so a drill-down, a reload or a shared
 * link shows the same figures. Defaults to this calendar year, as the API does.
 */
export function usePeriod(): [Period, (p: Period) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = thisYearPeriod();
  const from = params.get('from');
  const to = params.get('to');
  const period = from && to && DAY.test(from) && DAY.test(to) ? { from, to } : fallback;
  const set = (p: Period) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('from', p.from);
        next.set('to', p.to);
        return next;
      },
      { replace: true },
    );
  return [period, set];
}
