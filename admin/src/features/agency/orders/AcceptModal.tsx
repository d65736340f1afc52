import { errorMessage } from '@bangfu/api-client';
import { App, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useAcceptOrder, type OrderLine, type ProcurementOrder } from '../api';
import { yuan } from '../shared/format';

interface Values {
  lines: { receivedQty: number; note?: string }[];
  note?: string;
}

/** 验收: the quantity received per line; the accepted amount is Σ deal price × received. */
export function AcceptModal({ order, onClose }: { order: ProcurementOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const accept = useAcceptOrder();
  const lines = Form.useWatch('lines', form);
  const total = order ? order.lines.reduce((s, l, i) => s + l.unitPriceFen * (lines?.[i]?.receivedQty ?? l.quantity), 0) : 0;

  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    accept.mutate(
      {
        id: order.id,
        lines: order.lines.map((l, i) => ({ lineId: l.id, receivedQty: v.lines[i]!.receivedQty, ...(v.lines[i]!.note ? { note: v.lines[i]!.note } : {}) })),
        ...(v.note ? { note: v.note } : {}),
      },
      { onSuccess: () => { message.success('已验收'); onClose(); }, onError: (e) => message.error(errorMessage(e)) },
    );
  };

  return (
    <Modal title={`验收 ${order?.orderNo ?? ''}`} open={!!order} onCancel={onClose} onOk={submit} okText="确认验收" confirmLoading={accept.isPending} width={760} destroyOnHidden>
      {order && (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ lines: order.lines.map((l) => ({ receivedQty: l.quantity })) }}>
          <Table<OrderLine> rowKey="id" size="small" pagination={false} dataSource={order.lines}
            columns={[
              { title: '商品', key: 'p', render: (_, l) => `${l.productName}（${l.spec}）` },
              { title: '下单数量', key: 'q', render: (_, l) => `${l.quantity} ${l.unit}` },
              { title: '成交价', dataIndex: 'unitPriceFen', render: (v: number) => yuan(v) },
              {
                title: '实收数量',
                key: 'r',
                render: (_, l, i) => (
                  <Form.Item name={['lines', i, 'receivedQty']} noStyle rules={[{ required: true }]}>
                    <InputNumber aria-label={`${l.productName} 实收数量`} min={0} max={l.quantity} precision={0} />
                  </Form.Item>
                ),
              },
              {
                title: '短缺/质量说明',
                key: 'n',
                render: (_, l, i) => (
                  <Form.Item name={['lines', i, 'note']} noStyle>
                    <Input aria-label={`${l.productName} 说明`} maxLength={200} />
                  </Form.Item>
                ),
              },
            ]} />
          <Form.Item name="note" label="验收备注" style={{ marginTop: 16 }}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Typography.Text>验收金额：<strong>{yuan(total)}</strong></Typography.Text>
        </Form>
      )}
    </Modal>
  );
}
