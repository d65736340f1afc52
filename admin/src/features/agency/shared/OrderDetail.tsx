import { errorMessage } from '@bangfu/api-client';
import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { OrderLine, ProcurementOrder } from '../api';
import { downloadWithToken } from '../../../lib/download';
import { dateTime, yuan } from './format';
import { EVENT_LABELS, INVOICE_STATUS, PAYMENT_METHOD_LABELS, PAYMENT_STATUS, PROCUREMENT_STATUS, PURPOSE_LABELS } from './labels';

export function StatusTag({ value, labels, text }: { value: string; labels: Record<string, { label: string; color?: string }>; text?: string }) {
  const l = labels[value] ?? { label: value };
  return <Tag color={l.color}>{text ?? l.label}</Tag>;
}

/** 下载采购合同: the PDF snapshot made when the supplier confirmed (needs the bearer token). */
export function ContractButton({ order }: { order: Pick<ProcurementOrder, 'id' | 'orderNo' | 'contractUrl'> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!order.contractUrl) return null;
  const download = async () => {
    setBusy(true);
    try {
      await downloadWithToken(order.contractUrl!, `采购合同-${order.orderNo}.pdf`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return <Button icon={<FilePdfOutlined />} loading={busy} onClick={download}>下载采购合同</Button>;
}

const lineColumns = [
  { title: '商品', key: 'product', render: (_: unknown, l: OrderLine) => `${l.productName}（${l.spec}）` },
  { title: '数量', key: 'qty', render: (_: unknown, l: OrderLine) => `${l.quantity} ${l.unit}` },
  { title: '下单价', dataIndex: 'listPriceFen', render: (v: number) => yuan(v) },
  {
    title: '成交价',
    key: 'unitPrice',
    render: (_: unknown, l: OrderLine) => (
      <>
        {yuan(l.unitPriceFen)}
        {l.unitPriceFen < l.listPriceFen && <Tag color="green" style={{ marginLeft: 4 }}>已降价</Tag>}
      </>
    ),
  },
  { title: '小计', dataIndex: 'lineFen', render: (v: number) => yuan(v) },
  { title: '实收', key: 'received', render: (_: unknown, l: OrderLine) => (l.receivedQty === null ? '—' : `${l.receivedQty} ${l.unit}`) },
  { title: '验收金额', dataIndex: 'acceptedFen', render: (v: number | null) => yuan(v) },
  { title: '说明', dataIndex: 'shortfallNote', render: (v: string | null) => v ?? '' },
];

/** Everything about one procurement order, for the agency and for the supplier; `actions` sit on top. */
export function OrderDetail({ order, actions }: { order: ProcurementOrder; actions?: ReactNode }) {
  const p = order.payment;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {actions}
        <ContractButton order={order} />
      </Space>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={`订单 ${order.orderNo}`}>
        <Descriptions.Item label="状态"><StatusTag value={order.status} labels={PROCUREMENT_STATUS} text={order.statusLabel} /></Descriptions.Item>
        <Descriptions.Item label="用途">{PURPOSE_LABELS[order.purpose] ?? order.purpose}</Descriptions.Item>
        <Descriptions.Item label="采购单位">{order.agencyName}</Descriptions.Item>
        <Descriptions.Item label="食堂">{order.canteenName}</Descriptions.Item>
        <Descriptions.Item label="供应商">{order.supplierName}</Descriptions.Item>
        <Descriptions.Item label="下单人">{order.buyerName}</Descriptions.Item>
        <Descriptions.Item label="送达日期">{order.deliveryDate}</Descriptions.Item>
        <Descriptions.Item label="收货地址">{order.deliveryAddress}</Descriptions.Item>
        <Descriptions.Item label="收货人">{order.contactName} {order.contactPhone}</Descriptions.Item>
        <Descriptions.Item label="下单时间">{dateTime(order.submittedAt ?? order.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="订单金额">{yuan(order.goodsFen)}</Descriptions.Item>
        <Descriptions.Item label="成交金额">{yuan(order.confirmedFen)}</Descriptions.Item>
        <Descriptions.Item label="验收金额">{yuan(order.acceptedFen)}</Descriptions.Item>
        <Descriptions.Item label="已退款">{yuan(order.refundedFen)}</Descriptions.Item>
        {order.confirmDeadline && order.status === 'PENDING_CONFIRMATION' && (
          <Descriptions.Item label="确认期限">{dateTime(order.confirmDeadline)}</Descriptions.Item>
        )}
        {order.carrier && <Descriptions.Item label="物流">{order.carrier} {order.trackingNo ?? ''}</Descriptions.Item>}
        {order.buyerNote && <Descriptions.Item label="备注">{order.buyerNote}</Descriptions.Item>}
        {order.rejectReason && <Descriptions.Item label="驳回原因">{order.rejectReason}</Descriptions.Item>}
        {order.cancelReason && <Descriptions.Item label="取消原因">{order.cancelReason}</Descriptions.Item>}
      </Descriptions>

      <Card size="small" title="商品明细">
        <Table<OrderLine> rowKey="id" size="small" pagination={false} columns={lineColumns} dataSource={order.lines} scroll={{ x: 'max-content' }} />
      </Card>

      <Card size="small" title="发票与付款">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="发票"><StatusTag value={order.invoiceStatus} labels={INVOICE_STATUS} /></Descriptions.Item>
          <Descriptions.Item label="付款"><StatusTag value={p.status} labels={PAYMENT_STATUS} /></Descriptions.Item>
          <Descriptions.Item label="应付金额">{yuan(p.dueFen)}</Descriptions.Item>
          <Descriptions.Item label="已付金额">{yuan(p.paidFen)}</Descriptions.Item>
          {p.method && <Descriptions.Item label="付款方式">{PAYMENT_METHOD_LABELS[p.method] ?? p.method}</Descriptions.Item>}
          {p.transferReference && <Descriptions.Item label="转账流水号">{p.transferReference}（{p.transferPaidOn}）</Descriptions.Item>}
        </Descriptions>
        {order.invoices.length > 0 && (
          <Table rowKey="id" size="small" pagination={false} dataSource={order.invoices}
            columns={[
              { title: '发票号码', dataIndex: 'invoiceNo' },
              { title: '金额', dataIndex: 'amountFen', render: (v: number) => yuan(v) },
              { title: '状态', dataIndex: 'status', render: (v: string) => <StatusTag value={v} labels={INVOICE_STATUS} /> },
              { title: '提交时间', dataIndex: 'submittedAt', render: dateTime },
              { title: '驳回原因', dataIndex: 'rejectReason', render: (v: string | null) => v ?? '' },
              { title: 'PDF', dataIndex: 'fileUrl', render: (v: string) => <a href={v} target="_blank" rel="noreferrer">查看</a> },
            ]} />
        )}
        {order.refunds.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>退款</Typography.Title>
            <Table rowKey="refundNo" size="small" pagination={false} dataSource={order.refunds}
              columns={[
                { title: '退款单号', dataIndex: 'refundNo' },
                { title: '金额', dataIndex: 'amountFen', render: (v: number) => yuan(v) },
                { title: '原因', dataIndex: 'reason' },
                { title: '流水号', dataIndex: 'reference', render: (v: string | null) => v ?? '' },
                { title: '时间', dataIndex: 'at', render: dateTime },
              ]} />
          </>
        )}
      </Card>

      <Card size="small" title="订单记录">
        {order.events.length ? (
          <Timeline
            items={order.events.map((e, i) => ({
              key: i,
              color: e.type === 'REJECTED' || e.type === 'DECLINED' || e.type.includes('CANCELLED') ? 'red' : 'green',
              content: (
                <div>
                  <Typography.Text strong>{EVENT_LABELS[e.type] ?? e.type}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{e.actorName} · {dateTime(e.at)}</Typography.Text>
                  {e.note && <div>{e.note}</div>}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
        )}
      </Card>
    </Space>
  );
}
