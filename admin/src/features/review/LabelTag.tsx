import { Tag } from 'antd';

/** A coloured tag for an enum value, from one of the label maps in labels.ts. */
export function LabelTag({ value, map }: { value: string; map: Record<string, { label: string; color?: string }> }) {
  const s = map[value] ?? { label: value };
  return <Tag color={s.color}>{s.label}</Tag>;
}
