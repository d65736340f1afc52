import { errorMessage } from '@bangfu/api-client';
import { Alert, Card, Table, Tabs, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { dateTime, timeLeft, yuan } from '../../agency/shared/format';
import { INVOICE_STATUS, PAYMENT_STATUS, PROCUREMENT_STATUS } from '../../agency/shared/labels';
import { StatusTag } from '../../agency/shared/OrderDetail';
import { useSupplierOrders, type SupplierOrderSummary } from './api';
import { useNow } from './useNow';

const TABS: { key: string; label: string }[] = [
  { key: 'ALL', label: '全部' },
  { key: 'PENDING_CONFIRMATION', label: '待确认' },
  { key: 'CONFIRMED', label: '待发货' },
  { key: 'SHIPPED', label: '已发货' },
  { key: 'ACCEPTED', label: '已验收' },
  { key: 'COMPLETED', label: '已完成' },
  { key: 'CANCELLED', label: '已取消' },
];

/** 单位采购订单: the co-op's procurement orders by status; the order number opens the order. */
export function ProcurementOrdersPage() {
  const [tab, setTab] = useState('ALL');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const now = useNow();
  const status = tab === 'ALL' ? undefined : (tab as SupplierOrderSummary['status']);
  const orders = useSupplierOrders({ status, page, pageSize });

  const columns: TableProps<SupplierOrderSummary>['columns'] = [
    { title: '订单号', dataIndex: 'orderNo', render: (no: string, o) => <Link to={`/supplier/procurement-orders/${o.id}`}>{no}</Link> },
    {
      title: '状态',
      key: 'status',
      render: (_, o) => {
        const left = o.status === 'PENDING_CONFIRMATION' && o.confirmDeadline ? timeLeft(o.confirmDeadline, now) : null;
        return (
          <>
            <StatusTag value={o.status} labels={PROCUREMENT_STATUS} text={o.statusLabel} />
            {left && <Tag color="red">剩 {left}</Tag>}
          </>
        );
      },
    },
    { title: '采购单位', dataIndex: 'agencyName' },
    { title: '食堂', dataIndex: 'canteenName' },
    { title: '订单金额', dataIndex: 'goodsFen', align: 'right', render: (v: number) => yuan(v) },
    { title: '成交金额', dataIndex: 'confirmedFen', align: 'right', render: (v: number | null) => yuan(v) },
    { title: '验收金额', dataIndex: 'acceptedFen', align: 'right', render: (v: number | null) => yuan(v) },
    { title: '发票', dataIndex: 'invoiceStatus', render: (v: string) => <StatusTag value={v} labels={INVOICE_STATUS} /> },
    { title: '付款', dataIndex: 'paymentStatus', render: (v: string) => <StatusTag value={v} labels={PAYMENT_STATUS} /> },
    { title: '送达日期', dataIndex: 'deliveryDate' },
    { title: '下单时间', dataIndex: 'createdAt', render: dateTime },
  ];

  return (
    <Card title="单位采购订单">
      <Tabs activeKey={tab} onChange={(k) => { setTab(k); setPage(1); }} items={TABS} />
      {orders.isError && <Alert type="error" showIcon title={errorMessage(orders.error)} style={{ marginBottom: 16 }} />}
      <Table<SupplierOrderSummary>
        rowKey="id"
        columns={columns}
        dataSource={orders.data?.items ?? []}
        loading={orders.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: orders.data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `共 ${n} 单`,
          onChange: (p, s) => { setPage(p); setPageSize(s); } }}
      />
    </Card>
  );
}
