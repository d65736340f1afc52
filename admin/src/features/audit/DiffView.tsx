import { Table, Typography } from 'antd';
import { FIELD_LABELS, fieldChanges, showValue, type FieldChange } from './diff';

/** Before and after of one audit line, field by field; changed fields are marked and come first. */
export function DiffView({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const rows = fieldChanges(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">此操作未记录字段变化</Typography.Text>;
  return (
    <Table<FieldChange>
      aria-label="变更前后对比"
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: '字段',
          dataIndex: 'field',
          width: 180,
          render: (f: string, r) => (
            <>
              {FIELD_LABELS[f] && <Typography.Text strong={r.changed}>{FIELD_LABELS[f]} </Typography.Text>}
              <Typography.Text type={FIELD_LABELS[f] ? 'secondary' : undefined} strong={r.changed && !FIELD_LABELS[f]}>{f}</Typography.Text>
              {r.changed && <span aria-label="已变更" title="已变更" style={{ color: '#c2410c' }}> ●</span>}
            </>
          ),
        },
        {
          title: '变更前',
          key: 'before',
          render: (_, r) => <Typography.Text delete={r.changed && r.before !== undefined} type={r.changed ? 'danger' : undefined} style={{ wordBreak: 'break-all' }}>{showValue(r.before)}</Typography.Text>,
        },
        {
          title: '变更后',
          key: 'after',
          render: (_, r) => <Typography.Text type={r.changed ? 'success' : undefined} strong={r.changed} style={{ wordBreak: 'break-all' }}>{showValue(r.after)}</Typography.Text>,
        },
      ]}
    />
  );
}
