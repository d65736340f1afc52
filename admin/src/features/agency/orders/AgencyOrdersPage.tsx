import { errorMessage, useAuth } from '@bangfu/api-client';
import { Alert, App, Button, Card, Drawer, Select, Skeleton, Space, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useAgencyOrder, useAgencyOrders, useRejectInvoice, useVerifyInvoice, type ProcurementOrder, type ProcurementOrderSummary, type ProcurementStatus } from '../api';
import { dateTime, yuan } from '../shared/format';
import { INVOICE_STATUS, PAYMENT_STATUS, PROCUREMENT_STATUS } from '../shared/labels';
import { OrderDetail, StatusTag } from '../shared/OrderDetail';
import { ReasonPrompt } from '../shared/ReasonPrompt';
import { AcceptModal } from './AcceptModal';
import { TransferModal } from './TransferModal';

const STATUS_OPTIONS = Object.entries(PROCUREMENT_STATUS).map(([value, t]) => ({ value, label: t.label }));

/** 采购订单: the agency's orders (a contractor buyer sees only his canteen's). */
export function AgencyOrdersPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const isManager = !!user?.roles.includes('AGENCY_MANAGER');
  const [status, setStatus] = useState<ProcurementStatus>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [viewing, setViewing] = useState<string>();
  const [accepting, setAccepting] = useState<ProcurementOrder | null>(null);
  const [paying, setPaying] = useState<ProcurementOrder | null>(null);
  const [rejectingInvoice, setRejectingInvoice] = useState<ProcurementOrder | null>(null);
  const orders = useAgencyOrders({ status, page, pageSize });
  const detail = useAgencyOrder(viewing);
  const verify = useVerifyInvoice();
  const rejectInvoice = useRejectInvoice();

  const columns: TableProps<ProcurementOrderSummary>['columns'] = [
    { title: '订单号', dataIndex: 'orderNo', render: (no: string, o) => <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(o.id)}>{no}</Button> },
    { title: '状态', dataIndex: 'status', render: (s: string, o) => <StatusTag value={s} labels={PROCUREMENT_STATUS} text={o.statusLabel} /> },
    { title: '食堂', dataIndex: 'canteenName' },
    { title: '供应商', dataIndex: 'supplierName' },
    { title: '下单人', dataIndex: 'buyerName' },
    { title: '订单金额', dataIndex: 'goodsFen', align: 'right', render: (v: number) => yuan(v) },
    { title: '验收金额', dataIndex: 'acceptedFen', align: 'right', render: (v: number | null) => yuan(v) },
    { title: '发票', dataIndex: 'invoiceStatus', render: (v: string) => <StatusTag value={v} labels={INVOICE_STATUS} /> },
    { title: '付款', dataIndex: 'paymentStatus', render: (v: string) => <StatusTag value={v} labels={PAYMENT_STATUS} /> },
    { title: '送达日期', dataIndex: 'deliveryDate' },
    { title: '下单时间', dataIndex: 'createdAt', render: dateTime },
  ];

  const o = detail.data;
  const managerActions = o && isManager && (
    <>
      {o.status === 'SHIPPED' && <Button type="primary" onClick={() => setAccepting(o)}>验收</Button>}
      {(o.status === 'ACCEPTED' || o.status === 'COMPLETED') && o.payment.status === 'UNPAID' && (o.payment.dueFen ?? 0) > 0 && (
        <Button onClick={() => setPaying(o)}>对公转账</Button>
      )}
      {o.invoiceStatus === 'SUBMITTED' && (
        <>
          <Button loading={verify.isPending}
            onClick={() => verify.mutate(o.id, { onSuccess: () => message.success('验票通过'), onError: (e) => message.error(errorMessage(e)) })}>
            验票通过
          </Button>
          <Button danger onClick={() => setRejectingInvoice(o)}>驳回发票</Button>
        </>
      )}
    </>
  );

  return (
    <Card title="采购订单" extra={
      <Select aria-label="状态" allowClear placeholder="全部状态" style={{ width: 160 }} options={STATUS_OPTIONS} value={status}
        onChange={(v) => { setStatus(v); setPage(1); }} />
    }>
      {orders.isError && <Alert type="error" showIcon title={errorMessage(orders.error)} style={{ marginBottom: 16 }} />}
      <Table<ProcurementOrderSummary>
        rowKey="id"
        columns={columns}
        dataSource={orders.data?.items ?? []}
        loading={orders.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: orders.data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `共 ${n} 单`,
          onChange: (p, s) => { setPage(p); setPageSize(s); } }}
      />
      <Drawer title="采购订单详情" open={!!viewing} onClose={() => setViewing(undefined)} size="large" destroyOnHidden>
        {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
        {detail.isPending ? <Skeleton active /> : o && <OrderDetail order={o} actions={<Space>{managerActions}</Space>} />}
      </Drawer>
      <AcceptModal order={accepting} onClose={() => setAccepting(null)} />
      <TransferModal order={paying} onClose={() => setPaying(null)} />
      <ReasonPrompt
        ask={rejectingInvoice ? { title: '驳回发票', label: '驳回原因', okText: '驳回', subject: '供应商可修改后重新提交发票' } : null}
        loading={rejectInvoice.isPending}
        onClose={() => setRejectingInvoice(null)}
        onSubmit={(reason) => rejectingInvoice && reason && rejectInvoice.mutate({ id: rejectingInvoice.id, reason }, {
          onSuccess: () => { message.success('已驳回发票'); setRejectingInvoice(null); },
          onError: (e) => message.error(errorMessage(e)),
        })}
      />
    </Card>
  );
}
