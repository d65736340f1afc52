import { Form, Input, Modal } from 'antd';

export interface ReasonAsk {
  title: string;
  /** The field's label, e.g. 驳回原因. */
  label: string;
  okText: string;
  subject?: string;
  optional?: boolean;
}

/** Asks for a reason (1–200 characters) before a decision is sent; nothing is sent without one. */
export function ReasonPrompt({ ask, loading, onSubmit, onClose }: {
  ask: ReasonAsk | null;
  loading?: boolean;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const onOk = async () => {
    // A refused field shows its message under the input; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (values) onSubmit(values.reason?.trim() || undefined);
  };
  return (
    <Modal title={ask?.title} open={!!ask} onOk={onOk} onCancel={onClose} okText={ask?.okText} okButtonProps={{ danger: true }}
      confirmLoading={loading} destroyOnHidden>
      {ask?.subject && <p>{ask.subject}</p>}
      <Form form={form} name="reason-prompt" layout="vertical" preserve={false}>
        <Form.Item name="reason" label={ask?.label}
          rules={[{ required: !ask?.optional, whitespace: true, message: `请填写${ask?.label ?? '原因'}` }, { max: 200, message: '最多 200 个字' }]}>
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
