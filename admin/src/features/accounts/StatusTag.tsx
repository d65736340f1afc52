import { Tag } from 'antd';

const STATUS: Record<string, { label: string; color?: string }> = {
  ACTIVE: { label: '正常', color: 'green' },
  DISABLED: { label: '已停用' },
  PENDING: { label: '待审核', color: 'gold' },
  APPROVED: { label: '已准入', color: 'green' },
  REJECTED: { label: '未通过', color: 'red' },
  SUSPENDED: { label: '已暂停', color: 'volcano' },
};

export function StatusTag({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status };
  return <Tag color={s.color}>{s.label}</Tag>;
}
