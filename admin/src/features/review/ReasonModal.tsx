import { Form, Input, Modal } from 'antd';

export interface ReasonRequest {
  title: string;
  okText: string;
  /** Shown above the field, e.g. the supplier's name. */
  subject?: string;
  placeholder?: string;
  /** Reinstating may go without a reason; rejecting and suspending may not. */
  optional?: boolean;
  danger?: boolean;
}

/** Asks for the reason of a decision (2–200 characters, visible to the supplier). */
export function ReasonModal({ request, loading, onSubmit, onClose }: {
  request: ReasonRequest | null;
  loading?: boolean;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const onOk = async () => {
    const { reason } = await form.validateFields();
    onSubmit(reason?.trim() || undefined);
  };
  return (
    <Modal title={request?.title} open={!!request} onOk={onOk} onCancel={onClose} okText={request?.okText}
      okButtonProps={{ danger: request?.danger }} confirmLoading={loading} destroyOnHidden>
      {request?.subject && <p>{request.subject}</p>}
      <Form form={form} name="reason" layout="vertical" preserve={false}>
        <Form.Item name="reason" label={request?.optional ? '原因（选填，供应商可见）' : '原因（供应商可见）'}
          rules={[
            { required: !request?.optional, whitespace: true, message: '请填写原因' },
            { min: 2, max: 200, message: '原因为 2–200 个字' },
          ]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={request?.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
