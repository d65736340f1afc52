import { errorMessage } from '@bangfu/api-client';
import { Alert, Descriptions, Drawer, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useQuotaOrders, type CountedOrdersFilter, type QuotaOrder } from '../api';
import { yuan } from '../shared/format';
import { PURPOSE_LABELS } from '../shared/labels';

export const countedTitle = (f: CountedOrdersFilter) =>
  `${f.year} 年${f.month ? ` ${f.month} 月` : '全年'}${f.paired ? '结对县部分' : ''}计入份额的订单`;

/**
 * The orders behind a quota figure. Its 合计 is the API's total over every matching order (not only
 * this page), so it equals the figure that was clicked.
 */
export function CountedOrdersDrawer({ agencyId, filter, onClose }: { agencyId?: string; filter: CountedOrdersFilter | null; onClose: () => void }) {
  const [page, setPage] = useState(1);
  const pageSize = 50;
  useEffect(() => setPage(1), [filter]);
  const list = useQuotaOrders(agencyId, filter, page, pageSize);
  const totals = list.data?.totals;
  const figure = filter?.paired ? totals?.pairedFen : totals?.quotaFen;

  return (
    <Drawer title={filter ? countedTitle(filter) : ''} open={!!filter} onClose={onClose} size="large" destroyOnHidden>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="合计">
          <strong data-testid="counted-total">{figure === undefined ? '—' : yuan(figure)}</strong>
        </Descriptions.Item>
        <Descriptions.Item label="订单数">{totals?.orders ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Table<QuotaOrder>
        rowKey="orderId"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 单` }}
        columns={[
          { title: '订单号', dataIndex: 'orderNo' },
          { title: '验收日', dataIndex: 'acceptedOn' },
          { title: '供应商', dataIndex: 'supplierName' },
          { title: '用途', dataIndex: 'purpose', render: (v: string) => PURPOSE_LABELS[v] ?? v },
          { title: '验收金额', dataIndex: 'acceptedFen', render: (v: number) => yuan(v) },
          { title: '退款', dataIndex: 'refundedFen', render: (v: number) => yuan(v) },
          { title: '结对县部分', dataIndex: 'pairedFen', render: (v: number) => yuan(v) },
          { title: '计入份额', dataIndex: 'quotaFen', render: (v: number) => yuan(v) },
        ]}
      />
    </Drawer>
  );
}
