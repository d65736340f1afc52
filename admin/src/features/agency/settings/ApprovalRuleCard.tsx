import { errorMessage } from '@bangfu/api-client';
import { Alert, App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { fenToYuan, yuanToFen } from '../../supplier-portal/shared/money';
import { useApprovalRule, useSetApprovalRule } from '../api';
import { dateTime } from '../shared/format';

type Mode = 'ALWAYS' | 'ABOVE_AMOUNT' | 'NEVER';

/** Which orders go to an approver of the agency: every one, those above an amount, or none. */
export function ApprovalRuleCard({ agencyId }: { agencyId?: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ mode: Mode; threshold?: string }>();
  const rule = useApprovalRule(agencyId);
  const save = useSetApprovalRule(agencyId);
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (rule.data) form.setFieldsValue({ mode: rule.data.mode, threshold: rule.data.thresholdFen === null ? undefined : fenToYuan(rule.data.thresholdFen) });
  }, [rule.data, form]);

  const submit = (v: { mode: Mode; threshold?: string }) =>
    save.mutate(
      { mode: v.mode, ...(v.mode === 'ABOVE_AMOUNT' ? { thresholdFen: yuanToFen(v.threshold ?? '') ?? 0 } : {}) },
      { onSuccess: () => message.success('审批规则已保存'), onError: (e) => message.error(errorMessage(e)) },
    );

  return (
    <Card title="审批规则" size="small">
      {rule.isError && <Alert type="error" showIcon title={errorMessage(rule.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'ALWAYS' }} style={{ maxWidth: 520 }}>
        <Form.Item name="mode" label="采购订单提交后">
          <Radio.Group options={[
            { value: 'ALWAYS', label: '总是审批' },
            { value: 'ABOVE_AMOUNT', label: '超过金额审批' },
            { value: 'NEVER', label: '不需要审批' },
          ]} />
        </Form.Item>
        {mode === 'ABOVE_AMOUNT' && (
          <Form.Item name="threshold" label="审批金额门槛（元）" extra="订单金额大于此金额时需要审批"
            rules={[
              { required: true, message: '请填写金额门槛' },
              { validator: (_, v) => (!v || yuanToFen(String(v)) !== null ? Promise.resolve() : Promise.reject(new Error('请输入金额，最多两位小数'))) },
            ]}>
            <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 240 }} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>保存规则</Button>
        {rule.data?.updatedAt && <Typography.Text type="secondary" style={{ marginLeft: 12 }}>上次修改 {dateTime(rule.data.updatedAt)}</Typography.Text>}
      </Form>
    </Card>
  );
}
