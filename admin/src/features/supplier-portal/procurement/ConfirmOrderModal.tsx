import { errorMessage } from '@bangfu/api-client';
import { App, Form, Input, Modal, Table, Typography } from 'antd';
import { fenToYuan } from '../shared/money';
import { yuan } from '../../agency/shared/format';
import { useConfirmOrder, type SupplierOrder } from './api';
import { confirmRequest, priceProblem } from './confirmPrices';

type Line = SupplierOrder['lines'][number];

/** 确认订单: a deal price per line, defaulting to the list price; it may be lowered, never raised. */
export function ConfirmOrderModal({ order, onClose }: { order: SupplierOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ prices: Record<string, string> }>();
  const confirm = useConfirmOrder();
  const prices = Form.useWatch('prices', form) ?? {};
  const preview = order ? confirmRequest(order.lines, prices) : { lines: [], totalFen: 0 };

  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { lines } = confirmRequest(order.lines, v.prices);
    confirm.mutate(
      { id: order.id, lines },
      { onSuccess: () => { message.success('订单已确认，采购合同已生成'); onClose(); }, onError: (e) => message.error(errorMessage(e)) },
    );
  };

  return (
    <Modal title={`确认订单 ${order?.orderNo ?? ''}`} open={!!order} onCancel={onClose} onOk={submit} okText="确认" cancelText="取消"
      confirmLoading={confirm.isPending} width={720} destroyOnHidden>
      {order && (
        <Form form={form} preserve={false} initialValues={{ prices: Object.fromEntries(order.lines.map((l) => [l.id, fenToYuan(l.listPriceFen)])) }}>
          <Typography.Paragraph type="secondary">成交价可低于下单价（让利），不能高于下单价。确认后生成采购合同。</Typography.Paragraph>
          <Table<Line> rowKey="id" size="small" pagination={false} dataSource={order.lines}
            columns={[
              { title: '商品', key: 'p', render: (_, l) => `${l.productName}（${l.spec}）` },
              { title: '数量', key: 'q', render: (_, l) => `${l.quantity} ${l.unit}` },
              { title: '下单价', dataIndex: 'listPriceFen', render: (v: number) => yuan(v) },
              {
                title: '成交单价（元）',
                key: 'price',
                render: (_, l) => (
                  <Form.Item name={['prices', l.id]} style={{ marginBottom: 0 }}
                    rules={[{ validator: (_r, v) => { const p = priceProblem(v, l.listPriceFen); return p ? Promise.reject(new Error(p)) : Promise.resolve(); } }]}>
                    <Input aria-label={`${l.productName}（${l.spec}）成交单价`} prefix="¥" inputMode="decimal" style={{ width: 140 }} />
                  </Form.Item>
                ),
              },
            ]} />
          <Typography.Paragraph style={{ marginTop: 12 }}>
            下单金额 {yuan(order.goodsFen)}，确认后金额 <strong data-testid="confirm-total">{yuan(preview.totalFen)}</strong>
            {preview.totalFen < order.goodsFen && <Typography.Text type="success">（让利 {yuan(order.goodsFen - preview.totalFen)}）</Typography.Text>}
          </Typography.Paragraph>
        </Form>
      )}
    </Modal>
  );
}
