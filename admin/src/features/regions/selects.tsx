import type { Division } from '@bangfu/api-client';
import { Select, type SelectProps } from 'antd';
import { useDivisions, useHelperUnits } from './api';

type Props = Omit<SelectProps<string>, 'options' | 'loading'>;

const filterByLabel: SelectProps['filterOption'] = (input, option) =>
  String(option?.label ?? '').toLowerCase().includes(input.trim().toLowerCase());

const divisionOption = (d: Division) => ({
  value: d.code,
  // Full names tell apart same-named districts; retired codes (e.g. 田阳县 → 田阳区) stay selectable for history.
  label: `${d.fullName}（${d.code}）${d.validTo ? ' · 已撤销' : ''}`,
});

/** Counties and districts, searchable by name or code; the value is the division code. */
export function CountySelect(props: Props) {
  return <DivisionSelect level="COUNTY" placeholder="选择区县" {...props} />;
}

export function DivisionSelect({ level, ...props }: Props & { level?: 'PROVINCE' | 'CITY' | 'COUNTY' }) {
  const { data, isLoading } = useDivisions(level);
  return (
    <Select showSearch={{ filterOption: filterByLabel }} placeholder="选择行政区划" {...props} loading={isLoading}
      options={(data ?? []).map(divisionOption)} />
  );
}

/** Eastern helper units (districts and towns); the value is the unit id. */
export function HelperUnitSelect(props: Props) {
  const { data, isLoading } = useHelperUnits();
  const options = (data ?? []).map((h) => ({ value: h.id, label: h.name.startsWith(h.city) ? h.name : `${h.city}${h.name}` }));
  return <Select showSearch={{ filterOption: filterByLabel }} placeholder="选择帮扶方" {...props} loading={isLoading} options={options} />;
}
