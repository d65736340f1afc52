import { Table, Typography } from 'antd';
import { useSupplyBases } from '../bases/api';
import type { ManagedProduct } from './api';
import { changeFieldLabel, changeValueText } from './changeLabels';

/** The pending changes of an approved product: live value → proposed value. */
export function ChangesDiff({ changes }: { changes: ManagedProduct['changes'] }) {
  const bases = useSupplyBases();
  const base = (id: string) => bases.data?.find((b) => b.id === id)?.name;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(c) => c.field + c.to}
      dataSource={changes}
      columns={[
        { title: '项目', dataIndex: 'field', render: (f: string) => changeFieldLabel(f) },
        { title: '现行内容', key: 'from', render: (_, c) => <Typography.Text delete type="secondary">{changeValueText(c.field, c.from, { base })}</Typography.Text> },
        { title: '修改为', key: 'to', render: (_, c) => <Typography.Text mark>{changeValueText(c.field, c.to, { base })}</Typography.Text> },
      ]}
    />
  );
}
