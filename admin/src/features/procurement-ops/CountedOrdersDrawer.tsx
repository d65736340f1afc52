import { errorMessage } from '@bangfu/api-client';
import { Alert, Descriptions, Drawer, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import { useCountedOrders, type QuotaOrder } from './api';
import { PROCUREMENT_STATUS, PURPOSE_LABELS } from './labels';

export interface CountedOrdersTarget {
  agencyId: string;
  agencyName: string;
  year: number;
  /** The figure the operator clicked; the list's total must equal it. */
  purchasedFen: number;
  pairedFen: number;
  paired?: boolean;
}

/** The orders behind an agency's purchased figure: every figure traces to its orders. */
export function CountedOrdersDrawer({ target, onClose }: { target: CountedOrdersTarget | null; onClose: () => void }) {
  return (
    <Drawer title={target ? `${target.agencyName} · ${target.year} 年计入份额的订单` : ''} open={!!target} onClose={onClose}
      size={900} destroyOnHidden>
      {target && <CountedOrders key={`${target.agencyId}:${target.year}`} target={target} />}
    </Drawer>
  );
}

function CountedOrders({ target }: { target: CountedOrdersTarget }) {
  const [paired, setPaired] = useState(!!target.paired);
  const [page, setPage] = useState(1);
  const orders = useCountedOrders(target.agencyId, target.year, paired, page);
  const totals = orders.data?.totals;
  const expected = paired ? target.pairedFen : target.purchasedFen;
  return (
    <>
      <Segmented<string> style={{ marginBottom: 16 }} value={paired ? 'paired' : 'all'}
        onChange={(v) => { setPaired(v === 'paired'); setPage(1); }}
        options={[{ value: 'all', label: '全部计入订单' }, { value: 'paired', label: '只看结对县部分' }]} />
      {orders.error && <Alert type="error" showIcon title={errorMessage(orders.error)} style={{ marginBottom: 16 }} />}
      {totals && (
        <Descriptions size="small" column={4} style={{ marginBottom: 16 }} bordered>
          <Descriptions.Item label="订单数">{totals.orders}</Descriptions.Item>
          <Descriptions.Item label="计入份额合计">
            <span data-testid="counted-total">{formatFen(totals.quotaFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="验收减退款">{formatFen(totals.countedFen)}</Descriptions.Item>
          <Descriptions.Item label="结对县部分">{formatFen(totals.pairedFen)}</Descriptions.Item>
        </Descriptions>
      )}
      {totals && totals.quotaFen !== expected && (
        // Figures and list come from the same rules; a gap means data changed since the ranking loaded.
        <Alert type="warning" showIcon style={{ marginBottom: 16 }}
          title={`合计 ${formatFen(totals.quotaFen)} 与排名中的 ${formatFen(expected)} 不一致，数据可能已更新，请刷新排名。`} />
      )}
      <Table<QuotaOrder>
        rowKey="orderId"
        size="small"
        loading={orders.isFetching}
        dataSource={orders.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: orders.data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 单` }}
        columns={[
          { title: '订单号', dataIndex: 'orderNo' },
          { title: '验收日', dataIndex: 'acceptedOn', width: 110 },
          { title: '用途', dataIndex: 'purpose', width: 90, render: (p: string) => PURPOSE_LABELS[p] ?? p },
          { title: '供应商', dataIndex: 'supplierName' },
          {
            title: '状态', dataIndex: 'status', width: 90,
            render: (s: string) => <Tag color={PROCUREMENT_STATUS[s]?.color}>{PROCUREMENT_STATUS[s]?.label ?? s}</Tag>,
          },
          { title: '验收金额', dataIndex: 'acceptedFen', align: 'right', render: formatFen },
          { title: '已退款', dataIndex: 'refundedFen', align: 'right', render: formatFen },
          { title: '结对县部分', dataIndex: 'pairedFen', align: 'right', render: formatFen },
          { title: '计入份额', dataIndex: 'quotaFen', align: 'right', render: formatFen },
        ]}
      />
    </>
  );
}
