import { errorMessage } from '@bangfu/api-client';
import { Alert, Button, Card, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import { useAgencyOptions, useProcurementOrders, useSupplierOptions, type OrderFilters, type ProcurementOrderRow, type ProcurementStatus } from './api';
import { OrderDrawer } from './OrderDrawer';
import { PAYMENT_STATUS, PROCUREMENT_STATUS, PURPOSE_LABELS } from './labels';

const tag = (map: Record<string, { label: string; color?: string }>, v: string) => <Tag color={map[v]?.color}>{map[v]?.label ?? v}</Tag>;

/** 采购订单: every agency's procurement orders, with transfer confirmation and refunds in the detail. */
export function OrdersPage() {
  const [filters, setFilters] = useState<OrderFilters>({ page: 1, pageSize: 20 });
  const orders = useProcurementOrders(filters);
  const agencies = useAgencyOptions();
  const suppliers = useSupplierOptions();
  const [openId, setOpenId] = useState<string | null>(null);
  const set = (patch: Partial<OrderFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  const columns: TableProps<ProcurementOrderRow>['columns'] = [
    {
      title: '订单号', dataIndex: 'orderNo',
      render: (no: string, o) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpenId(o.id)}>{no}</Button>,
    },
    { title: '预算单位', dataIndex: 'agencyName' },
    { title: '食堂', dataIndex: 'canteenName' },
    { title: '供应商', dataIndex: 'supplierName' },
    { title: '用途', dataIndex: 'purpose', width: 90, render: (p: string) => PURPOSE_LABELS[p] ?? p },
    { title: '金额', key: 'amount', align: 'right', render: (_, o) => formatFen(o.acceptedFen ?? o.confirmedFen ?? o.goodsFen) },
    { title: '已退款', dataIndex: 'refundedFen', align: 'right', render: (v: number) => (v ? formatFen(v) : '—') },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: string) => tag(PROCUREMENT_STATUS, s) },
    { title: '付款', dataIndex: 'paymentStatus', width: 150, render: (s: string) => tag(PAYMENT_STATUS, s) },
    { title: '送达日期', dataIndex: 'deliveryDate', width: 110 },
  ];

  return (
    <Card title="采购订单">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select aria-label="预算单位" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部预算单位" style={{ width: 260 }}
          value={filters.agencyId} onChange={(agencyId?: string) => set({ agencyId })} loading={agencies.isLoading} options={agencies.data ?? []} />
        <Select aria-label="供应商" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部供应商" style={{ width: 260 }}
          value={filters.supplierId} onChange={(supplierId?: string) => set({ supplierId })} loading={suppliers.isLoading} options={suppliers.data ?? []} />
        <Select<ProcurementStatus> aria-label="订单状态" allowClear placeholder="全部状态" style={{ width: 160 }} value={filters.status}
          onChange={(status) => set({ status: status || undefined })}
          options={Object.entries(PROCUREMENT_STATUS).map(([value, s]) => ({ value: value as ProcurementStatus, label: s.label }))} />
      </Space>
      {orders.error && <Alert type="error" showIcon title={errorMessage(orders.error)} style={{ marginBottom: 16 }} />}
      <Table<ProcurementOrderRow>
        rowKey="id"
        loading={orders.isFetching}
        dataSource={orders.data?.items ?? []}
        columns={columns}
        pagination={{
          current: filters.page, pageSize: filters.pageSize, total: orders.data?.total ?? 0, showSizeChanger: true,
          pageSizeOptions: [20, 50, 100], showTotal: (n) => `共 ${n} 单`,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <OrderDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
