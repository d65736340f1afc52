import { errorMessage } from '@bangfu/api-client';
import { BellOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMissingDeclarations, useSendReminders, type MissingRow, type ReminderResult } from './api';
import { currentYear, DistrictSelect, YearSelect } from './filters';
import { AGENCY_LEVEL_LABELS, REMINDER_RESULT_LABELS } from './labels';
import { validated } from './validated';

const dateTime = (s: string | null) => (s ? new Date(s).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

/** 填报情况: agencies that have not filed this year's declaration, and reminders to them. */
export function DeclarationsPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(currentYear());
  const [divisionCode, setDivisionCode] = useState<string>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const missing = useMissingDeclarations({ year, divisionCode, page, pageSize });
  const [selected, setSelected] = useState<string[]>([]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [composing, setComposing] = useState(false);
  const [result, setResult] = useState<ReminderResult | null>(null);
  const send = useSendReminders();
  const [form] = Form.useForm<{ message?: string }>();

  const reset = () => { setSelected([]); setPage(1); setResult(null); };

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const text = values.message;
    const rows = missing.data?.items ?? [];
    // Keep the names: after sending, the reminded agencies may still be listed, the filed ones not.
    setNames((m) => new Map([...m, ...rows.map((r) => [r.agencyId, r.agencyName] as [string, string])]));
    send.mutate(
      { year, agencyIds: selected, ...(text?.trim() ? { message: text.trim() } : {}) },
      {
        onSuccess: (r) => {
          setResult(r);
          setSelected([]);
          setComposing(false);
          form.resetFields();
          message.success(`已发送 ${r.sent} 条提醒`);
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  return (
    <Card title="填报情况"
      extra={
        <Button type="primary" icon={<BellOutlined />} disabled={!selected.length} onClick={() => setComposing(true)}>
          发送提醒{selected.length ? `（${selected.length}）` : ''}
        </Button>
      }>
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect value={year} onChange={(y) => { setYear(y); reset(); }} />
        <DistrictSelect value={divisionCode} onChange={(c) => { setDivisionCode(c); reset(); }} />
        {missing.data && <Typography.Text>{year} 年未申报 <b>{missing.data.total}</b> 个单位</Typography.Text>}
      </Space>
      {missing.error && <Alert type="error" showIcon title={errorMessage(missing.error)} style={{ marginBottom: 16 }} />}
      {result && (
        <Alert type="success" showIcon closable onClose={() => setResult(null)} style={{ marginBottom: 16 }}
          title={`发送结果：已发送 ${result.sent} 条（站内通知）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="提醒结果">
              {result.items.map((i) => (
                <li key={i.agencyId}>
                  {names.get(i.agencyId) ?? i.agencyId}：
                  <Tag color={i.result === 'SENT' ? 'green' : 'default'}>{REMINDER_RESULT_LABELS[i.result] ?? i.result}</Tag>
                </li>
              ))}
            </ul>
          } />
      )}
      <Table<MissingRow>
        rowKey="agencyId"
        loading={missing.isFetching}
        dataSource={missing.data?.items ?? []}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), preserveSelectedRowKeys: true }}
        pagination={{
          current: page, pageSize, total: missing.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100],
          showTotal: (n) => `共 ${n} 个`, onChange: (p, s) => { setPage(p); setPageSize(s); },
        }}
        columns={[
          { title: '预算单位', dataIndex: 'agencyName' },
          { title: '区划代码', dataIndex: 'divisionCode', width: 110 },
          { title: '级别', dataIndex: 'level', width: 80, render: (l: string) => AGENCY_LEVEL_LABELS[l] ?? l },
          { title: '已发提醒', dataIndex: 'reminderCount', width: 100, render: (n: number) => `${n} 次` },
          { title: '最近提醒', dataIndex: 'lastRemindedAt', width: 180, render: dateTime },
        ]}
      />
      <Modal title={`发送填报提醒（${selected.length} 个单位）`} open={composing} okText="发送" onOk={submit}
        onCancel={() => setComposing(false)} confirmLoading={send.isPending} destroyOnHidden>
        <p>提醒以站内通知发给所选单位的管理员；已申报的单位不会收到。</p>
        <Form form={form} name="reminder" layout="vertical" preserve={false}>
          <Form.Item name="message" label="提醒内容（选填，不填用默认文字）" rules={[{ min: 2, max: 300, message: '提醒内容为 2–300 个字' }]}>
            <Input.TextArea rows={3} maxLength={300} showCount placeholder={`请尽快填报 ${year} 年度食堂农副产品采购预算`} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
