import { errorMessage } from '@bangfu/api-client';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useDeclareTransfer, type ProcurementOrder } from '../api';
import { yuan } from '../shared/format';

/** 对公转账: the buyer's bank transfer reference; the supplier (or an operator) then confirms receipt. */
export function TransferModal({ order, onClose }: { order: ProcurementOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reference: string; paidOn: Dayjs }>();
  const transfer = useDeclareTransfer();

  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    transfer.mutate(
      { id: order.id, reference: v.reference.trim(), paidOn: v.paidOn.format('YYYY-MM-DD') },
      { onSuccess: () => { message.success('已登记对公转账，等待供应商确认收款'); onClose(); }, onError: (e) => message.error(errorMessage(e)) },
    );
  };

  return (
    <Modal title="登记对公转账" open={!!order} onCancel={onClose} onOk={submit} okText="提交" confirmLoading={transfer.isPending} destroyOnHidden>
      {order && (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ paidOn: dayjs() }}>
          <Typography.Paragraph>应付金额：<strong>{yuan(order.payment.dueFen)}</strong>（{order.supplierName}）</Typography.Paragraph>
          <Form.Item name="reference" label="转账流水号"
            rules={[{ required: true, message: '请填写转账流水号' }, { pattern: /^[\x21-\x7e]{4,64}$/, message: '流水号为 4–64 位字母、数字或符号' }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="paidOn" label="转账日期" rules={[{ required: true, message: '请选择转账日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
