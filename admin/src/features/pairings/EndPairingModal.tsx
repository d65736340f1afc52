import { errorMessage, type Pairing } from '@bangfu/api-client';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEndPairing } from './api';

interface Values {
  validTo: Dayjs;
  reason: string;
}

/** Ends a pairing on a date; pairings are versioned, so the record stays for past sales. */
export function EndPairingModal({ pairing, onClose }: { pairing: Pairing | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const end = useEndPairing();
  const { message } = App.useApp();

  const onOk = async () => {
    if (!pairing) return;
    const v = await form.validateFields();
    end.mutate(
      { id: pairing.id, validTo: v.validTo.format('YYYY-MM-DD'), reason: v.reason.trim() },
      {
        onSuccess: () => {
          message.success('结对关系已终止');
          onClose();
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  };

  return (
    <Modal title="终止结对关系" open={!!pairing} onOk={onOk} onCancel={onClose} okText="确认终止"
      okButtonProps={{ danger: true }} confirmLoading={end.isPending} destroyOnHidden>
      {pairing && (
        <Typography.Paragraph>
          {pairing.helperUnit.name} — {pairing.county.name}（自 {pairing.validFrom.slice(0, 10)} 起）
        </Typography.Paragraph>
      )}
      <Form form={form} name="endPairing" layout="vertical" initialValues={{ validTo: dayjs() }} preserve={false}>
        <Form.Item name="validTo" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label="终止原因" rules={[{ required: true, whitespace: true, message: '请填写终止原因' }]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：根据新一轮结对方案调整" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
