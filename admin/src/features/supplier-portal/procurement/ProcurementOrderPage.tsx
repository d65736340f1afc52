import { errorMessage } from '@bangfu/api-client';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { timeLeft } from '../../agency/shared/format';
import { OrderDetail } from '../../agency/shared/OrderDetail';
import { ReasonPrompt } from '../../agency/shared/ReasonPrompt';
import { useConfirmTransfer, useDeclineOrder, useSupplierOrder, type SupplierOrder } from './api';
import { ConfirmOrderModal } from './ConfirmOrderModal';
import { InvoiceModal, RefundModal, ShipModal } from './SettlementModals';
import { useNow } from './useNow';

/** One procurement order for the supplier: confirm (may lower prices) or decline, ship, invoice, payment, refunds. */
export function ProcurementOrderPage() {
  const { id } = useParams<{ id: string }>();
  const { message } = App.useApp();
  const order = useSupplierOrder(id);
  const now = useNow();
  const decline = useDeclineOrder();
  const confirmTransfer = useConfirmTransfer();
  const [confirming, setConfirming] = useState<SupplierOrder | null>(null);
  const [declining, setDeclining] = useState(false);
  const [shipping, setShipping] = useState<SupplierOrder | null>(null);
  const [invoicing, setInvoicing] = useState<SupplierOrder | null>(null);
  const [refunding, setRefunding] = useState<SupplierOrder | null>(null);
  const o = order.data;

  const left = o?.status === 'PENDING_CONFIRMATION' && o.confirmDeadline ? timeLeft(o.confirmDeadline, now) : null;
  const accepted = o?.status === 'ACCEPTED' || o?.status === 'COMPLETED';
  const refundableFen = o ? (o.acceptedFen ?? 0) - o.refundedFen : 0;

  const actions = o && (
    <>
      {o.status === 'PENDING_CONFIRMATION' && (
        <>
          <Button type="primary" onClick={() => setConfirming(o)}>确认订单</Button>
          <Button danger onClick={() => setDeclining(true)}>拒单</Button>
          {left ? <Tag color="red" data-testid="confirm-countdown">确认剩余 {left}</Tag> : <Tag>已超过确认期限</Tag>}
        </>
      )}
      {o.status === 'CONFIRMED' && <Button type="primary" onClick={() => setShipping(o)}>发货</Button>}
      {accepted && (o.invoiceStatus === 'NONE' || o.invoiceStatus === 'REJECTED') && refundableFen > 0 && (
        <Button onClick={() => setInvoicing(o)}>开票</Button>
      )}
      {o.payment.status === 'TRANSFER_DECLARED' && (
        <Popconfirm title="确认已收到对公转账？" description={`流水号 ${o.payment.transferReference ?? ''}`} okText="确认收款" cancelText="取消"
          onConfirm={() => confirmTransfer.mutate(o.id, { onSuccess: () => message.success('已确认收款'), onError: (e) => message.error(errorMessage(e)) })}>
          <Button loading={confirmTransfer.isPending}>确认收款</Button>
        </Popconfirm>
      )}
      {accepted && refundableFen > 0 && <Button danger onClick={() => setRefunding(o)}>退款</Button>}
    </>
  );

  return (
    <Card title={<><Link to="/supplier/procurement-orders"><ArrowLeftOutlined /> 单位采购订单</Link></>}>
      {order.isError && <Alert type="error" showIcon title={errorMessage(order.error)} />}
      {order.isPending ? <Skeleton active /> : o && <OrderDetail order={o} actions={actions} />}
      <ConfirmOrderModal order={confirming} onClose={() => setConfirming(null)} />
      <ShipModal order={shipping} onClose={() => setShipping(null)} />
      <InvoiceModal order={invoicing} onClose={() => setInvoicing(null)} />
      <RefundModal order={refunding} onClose={() => setRefunding(null)} />
      <ReasonPrompt
        ask={declining && o ? { title: '拒单', label: '拒单原因', okText: '拒单', subject: `订单 ${o.orderNo}（${o.agencyName}）；库存将退回` } : null}
        loading={decline.isPending}
        onClose={() => setDeclining(false)}
        onSubmit={(reason) => o && reason && decline.mutate({ id: o.id, reason }, {
          onSuccess: () => { message.success('已拒单'); setDeclining(false); },
          onError: (e) => message.error(errorMessage(e)),
        })}
      />
    </Card>
  );
}
