import { Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useCounties } from '../regions/api';
import { changeRows, type ChangeRow, type FieldChange } from './changes';

/** The pending changes of an approved product: field, live value, proposed value. */
export function ChangesTable({ changes }: { changes: FieldChange[] }) {
  const counties = useCounties();
  const rows = useMemo(() => {
    const names = new Map((counties.data ?? []).map((c) => [c.code, c.name]));
    return changeRows(changes, { countyName: (code) => names.get(code) });
  }, [changes, counties.data]);
  return (
    <Table<ChangeRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '修改项', dataIndex: 'label', width: '30%' },
        { title: '现行内容', dataIndex: 'from', render: (v: string) => <Typography.Text delete={v !== '—'} type="secondary">{v}</Typography.Text> },
        { title: '拟修改为', dataIndex: 'to', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
      ]}
    />
  );
}
