import { Tag } from 'antd';

/** A coloured tag for an enum value, from one of the label tables in labels.ts. */
export function EnumTag({ value, labels, title }: { value: string; labels: Record<string, { label: string; color?: string }>; title?: string }) {
  const l = labels[value] ?? { label: value };
  return <Tag color={l.color} title={title}>{l.label}</Tag>;
}
