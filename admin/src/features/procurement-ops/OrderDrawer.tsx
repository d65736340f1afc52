import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import { applyFieldErrors } from '../misc/formErrors';
import { useConfirmTransfer, useProcurementOrder, useRefund, type ProcurementOrder } from './api';
import { validated } from './validated';
import { EVENT_LABELS, INVOICE_STATUS, PAYMENT_METHOD_LABELS, PAYMENT_STATUS, PROCUREMENT_STATUS, PURPOSE_LABELS, REFUND_STATUS } from './labels';

const dateTime = (s: string | null | undefined) => (s ? new Date(s).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');
const tag = (map: Record<string, { label: string; color?: string }>, v: string) => <Tag color={map[v]?.color}>{map[v]?.label ?? v}</Tag>;

/** What may still be refunded: the accepted amount less what went back already. */
export const refundableFen = (o: Pick<ProcurementOrder, 'acceptedFen' | 'refundedFen'>) => Math.max(0, (o.acceptedFen ?? 0) - o.refundedFen);

export function OrderDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const order = useProcurementOrder(id);
  const o = order.data;
  return (
    <Drawer title={o ? `采购订单 ${o.orderNo}` : '采购订单'} open={!!id} onClose={onClose} size={860} destroyOnHidden
      extra={o && <OrderActions order={o} />}>
      {order.error && <Alert type="error" showIcon title={errorMessage(order.error)} />}
      {order.isLoading && <Spin />}
      {o && <OrderDetail order={o} />}
    </Drawer>
  );
}

function OrderActions({ order }: { order: ProcurementOrder }) {
  const { message } = App.useApp();
  const confirm = useConfirmTransfer();
  const [refunding, setRefunding] = useState(false);
  // A declared transfer must be confirmed first (the API refuses refunds while it is pending).
  const canRefund = (order.status === 'ACCEPTED' || order.status === 'COMPLETED') && order.payment.status !== 'TRANSFER_DECLARED' && refundableFen(order) > 0;
  return (
    <Space>
      {order.payment.status === 'TRANSFER_DECLARED' && (
        <Popconfirm title={`确认已收到 ${formatFen(order.payment.dueFen ?? 0)} 的对公转账？`}
          description={`流水号 ${order.payment.transferReference ?? '—'}，转账日期 ${order.payment.transferPaidOn ?? '—'}`}
          okText="确认收款" cancelText="取消"
          onConfirm={() => confirm.mutate(order.id, { onSuccess: () => message.success('已确认收款'), onError: (e) => message.error(errorMessage(e)) })}>
          <Button type="primary" loading={confirm.isPending}>确认收款</Button>
        </Popconfirm>
      )}
      {canRefund && <Button danger onClick={() => setRefunding(true)}>退款</Button>}
      <RefundModal order={refunding ? order : null} onClose={() => setRefunding(false)} />
    </Space>
  );
}

function RefundModal({ order, onClose }: { order: ProcurementOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const refund = useRefund();
  const [form] = Form.useForm<{ amountYuan: number; reason: string; reference?: string }>();
  const max = order ? refundableFen(order) : 0;
  // A paid order not paid by Alipay was paid by transfer: the money goes back by transfer too, with its reference.
  const byTransfer = order?.payment.status === 'PAID' && order.payment.method !== 'ALIPAY';
  const submit = async () => {
    if (!order) return;
    const v = await validated(form);
    if (!v) return;
    const body = {
      amountFen: Math.round(v.amountYuan * 100),
      reason: v.reason.trim(),
      ...(v.reference?.trim() ? { reference: v.reference.trim() } : {}),
    };
    refund.mutate({ id: order.id, body }, {
      onSuccess: () => { message.success('退款已记录'); onClose(); },
      onError: (e) => { message.error(errorMessage(e)); applyFieldErrors(form, fieldErrors(e), { amountFen: 'amountYuan' }); },
    });
  };
  return (
    <Modal title={order ? `退款：${order.orderNo}` : ''} open={!!order} onOk={submit} onCancel={onClose} okText="确认退款"
      okButtonProps={{ danger: true }} confirmLoading={refund.isPending} destroyOnHidden>
      {order && (
        <>
          <p>验收金额 {formatFen(order.acceptedFen ?? 0)}，已退款 {formatFen(order.refundedFen)}，最多可退 {formatFen(max)}。</p>
          <Form form={form} name="refund" layout="vertical" preserve={false}>
            <Form.Item name="amountYuan" label="退款金额（元）"
              rules={[
                { required: true, message: '请输入退款金额' },
                {
                  validator: (_, v: number | null) =>
                    v == null || (Math.round(v * 100) >= 1 && Math.round(v * 100) <= max)
                      ? Promise.resolve()
                      : Promise.reject(new Error(`退款金额须在 ¥0.01 到 ${formatFen(max)} 之间`)),
                },
              ]}>
              <InputNumber min={0} precision={2} step={1} style={{ width: 200 }} prefix="¥" />
            </Form.Item>
            <Form.Item name="reason" label="退款原因"
              rules={[{ required: true, whitespace: true, message: '请填写退款原因' }, { max: 200, message: '退款原因最多 200 个字' }]}>
              <Input.TextArea rows={2} maxLength={200} showCount />
            </Form.Item>
            {byTransfer && (
              <Form.Item name="reference" label="退款转账流水号"
                rules={[{ required: true, message: '对公转账付款的订单须填写退款流水号' }, { pattern: /^[\x21-\x7e]{4,64}$/, message: '流水号为 4–64 个字母、数字或符号' }]}>
                <Input maxLength={64} />
              </Form.Item>
            )}
          </Form>
        </>
      )}
    </Modal>
  );
}

function OrderDetail({ order: o }: { order: ProcurementOrder }) {
  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="状态">{tag(PROCUREMENT_STATUS, o.status)}</Descriptions.Item>
        <Descriptions.Item label="用途">{PURPOSE_LABELS[o.purpose] ?? o.purpose}</Descriptions.Item>
        <Descriptions.Item label="预算单位">{o.agencyName}</Descriptions.Item>
        <Descriptions.Item label="食堂">{o.canteenName}</Descriptions.Item>
        <Descriptions.Item label="供应商">{o.supplierName}</Descriptions.Item>
        <Descriptions.Item label="采购员">{o.buyerName}</Descriptions.Item>
        <Descriptions.Item label="送达日期">{o.deliveryDate}</Descriptions.Item>
        <Descriptions.Item label="收货">{o.contactName} {o.contactPhone} · {o.deliveryAddress}</Descriptions.Item>
        <Descriptions.Item label="下单金额">{formatFen(o.goodsFen)}</Descriptions.Item>
        <Descriptions.Item label="确认金额">{o.confirmedFen == null ? '—' : formatFen(o.confirmedFen)}</Descriptions.Item>
        <Descriptions.Item label="验收金额">{o.acceptedFen == null ? '—' : formatFen(o.acceptedFen)}</Descriptions.Item>
        <Descriptions.Item label="其中结对县">{o.acceptedPairedFen == null ? '—' : formatFen(o.acceptedPairedFen)}</Descriptions.Item>
        <Descriptions.Item label="已退款">{formatFen(o.refundedFen)}</Descriptions.Item>
        <Descriptions.Item label="验收日">{o.acceptedOn ?? '—'}</Descriptions.Item>
        {o.contractUrl && (
          <Descriptions.Item label="采购合同" span={2}><a href={o.contractUrl} target="_blank" rel="noreferrer">查看合同 PDF</a></Descriptions.Item>
        )}
      </Descriptions>

      <section aria-label="订单明细">
        <Typography.Title level={5}>明细</Typography.Title>
        <Table size="small" rowKey="id" pagination={false} dataSource={o.lines}
          columns={[
            { title: '商品', key: 'product', render: (_, l) => `${l.productName} ${l.spec}` },
            { title: '数量', key: 'qty', render: (_, l) => `${l.quantity}${l.unit}` },
            { title: '成交价', dataIndex: 'unitPriceFen', align: 'right', render: formatFen },
            { title: '金额', dataIndex: 'lineFen', align: 'right', render: formatFen },
            { title: '实收', dataIndex: 'receivedQty', render: (v: number | null) => v ?? '—' },
            { title: '验收金额', dataIndex: 'acceptedFen', align: 'right', render: (v: number | null) => (v == null ? '—' : formatFen(v)) },
            { title: '说明', dataIndex: 'shortfallNote', render: (v: string | null) => v ?? '' },
          ]} />
      </section>

      <section aria-label="付款">
        <Typography.Title level={5}>付款</Typography.Title>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="付款状态">{tag(PAYMENT_STATUS, o.payment.status)}</Descriptions.Item>
          <Descriptions.Item label="方式">{o.payment.method ? PAYMENT_METHOD_LABELS[o.payment.method] ?? o.payment.method : '—'}</Descriptions.Item>
          <Descriptions.Item label="应付">{o.payment.dueFen == null ? '—' : formatFen(o.payment.dueFen)}</Descriptions.Item>
          <Descriptions.Item label="已付">{o.payment.paidFen == null ? '—' : formatFen(o.payment.paidFen)}</Descriptions.Item>
          <Descriptions.Item label="转账流水号">{o.payment.transferReference ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="转账日期">{o.payment.transferPaidOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </section>

      <section aria-label="发票">
        <Typography.Title level={5}>发票</Typography.Title>
        {o.invoices.length ? (
          <Table size="small" rowKey="id" pagination={false} dataSource={o.invoices}
            columns={[
              { title: '发票号码', dataIndex: 'invoiceNo', render: (v: string, i) => <a href={i.fileUrl} target="_blank" rel="noreferrer">{v}</a> },
              { title: '金额', dataIndex: 'amountFen', align: 'right', render: formatFen },
              { title: '状态', dataIndex: 'status', render: (s: string, i) => <>{tag(INVOICE_STATUS, s)}{i.rejectReason && <Typography.Text type="secondary">{i.rejectReason}</Typography.Text>}</> },
              { title: '提交时间', dataIndex: 'submittedAt', render: dateTime },
            ]} />
        ) : (
          <Typography.Text type="secondary">尚未开票</Typography.Text>
        )}
      </section>

      {o.refunds.length > 0 && (
        <section aria-label="退款记录">
          <Typography.Title level={5}>退款</Typography.Title>
          <Table size="small" rowKey="refundNo" pagination={false} dataSource={o.refunds}
            columns={[
              { title: '退款单号', dataIndex: 'refundNo' },
              { title: '金额', dataIndex: 'amountFen', align: 'right', render: formatFen },
              { title: '原因', dataIndex: 'reason' },
              { title: '状态', dataIndex: 'status', render: (s: string) => tag(REFUND_STATUS, s) },
              { title: '经办', key: 'by', render: (_, r) => `${r.actorName} · ${dateTime(r.at)}` },
            ]} />
        </section>
      )}

      <section aria-label="订单记录">
        <Typography.Title level={5}>记录</Typography.Title>
        <Timeline items={o.events.map((e, i) => ({
          key: i,
          content: (
            <>
              <b>{EVENT_LABELS[e.type] ?? e.type}</b> · {e.actorName} · {dateTime(e.at)}
              {e.note && <div><Typography.Text type="secondary">{e.note}</Typography.Text></div>}
            </>
          ),
        }))} />
      </section>
    </Space>
  );
}
