import { Select, type SelectProps } from 'antd';
import { useChildDivisions } from './api';

/** The quota year in Beijing time (the API's default too). */
export function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/** 2019 (the first reserved share, 财库〔2019〕27号) to next year: the years the API accepts. */
export function quotaYears(): number[] {
  const out: number[] = [];
  for (let y = currentYear() + 1; y >= 2019; y--) out.push(y);
  return out;
}

export function YearSelect({ value, onChange }: { value: number; onChange: (y: number) => void }) {
  return (
    <Select<number> aria-label="年度" value={value} onChange={onChange} style={{ width: 110 }}
      options={quotaYears().map((y) => ({ value: y, label: `${y} 年` }))} />
  );
}

/** The cities whose districts the operators follow. */
const CITIES = [
  { code: '440300', name: '深圳市' },
  { code: '440100', name: '广州市' },
];

const filterByLabel: SelectProps['filterOption'] = (input, option) =>
  String(option?.label ?? '').includes(input.trim());

/** A whole city (its districts included) or one of its districts; empty means everywhere. */
export function DistrictSelect({ value, onChange }: { value?: string; onChange: (code: string | undefined) => void }) {
  const sz = useChildDivisions('440300');
  const gz = useChildDivisions('440100');
  const districts = [sz.data, gz.data];
  const options = CITIES.map((c, i) => ({
    label: c.name,
    title: c.name,
    options: [
      { value: c.code, label: `${c.name}（全市）` },
      ...(districts[i] ?? []).map((d) => ({ value: d.code, label: `${c.name}${d.name}` })),
    ],
  }));
  return (
    <Select<string> aria-label="区划" allowClear placeholder="全部区划" style={{ width: 200 }} value={value}
      onChange={(v) => onChange(v || undefined)} loading={sz.isLoading || gz.isLoading}
      showSearch={{ filterOption: filterByLabel }} options={options} />
  );
}
