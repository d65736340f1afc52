import { errorMessage } from '@bangfu/api-client';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ExportButton } from '../reports/ExportButton';
import { AUDIT_EXPORT_PATH, AUDIT_PAGE_SIZE, auditQuery, SUBJECT_TYPE_LABELS, useAuditActions, useAuditSearch, type AuditEntry, type AuditFilters } from './api';
import { DiffView } from './DiffView';

interface FormValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  subjectType?: string;
  q?: string;
}

/** The filter form's values as the API's filters. */
export function toFilters(v: FormValues): AuditFilters {
  const [a, b] = v.range ?? [];
  return {
    from: a?.format('YYYY-MM-DD'),
    to: b?.format('YYYY-MM-DD'),
    actor: v.actor?.trim() || undefined,
    action: v.action || undefined,
    subjectType: v.subjectType || undefined,
    q: v.q?.trim() || undefined,
  };
}

const filterByLabel = (input: string, option?: { label?: unknown; value?: unknown }) =>
  `${String(option?.label ?? '')} ${String(option?.value ?? '')}`.toLowerCase().includes(input.trim().toLowerCase());

/** 操作日志: every decision and every change to money, stock, prices, pairings and policies. Read-only. */
export function AuditPage() {
  const [form] = Form.useForm<FormValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const search = useAuditSearch(filters, page);
  const actions = useAuditActions();

  const apply = (v: FormValues) => {
    setFilters(toFilters(v));
    setPage(1);
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
    { title: '操作人', dataIndex: 'actorName', width: 120, render: (n: string, e) => (e.actorUserId ? n : <Tag>系统</Tag>) },
    { title: '操作', dataIndex: 'actionLabel', render: (l: string, e) => <Tag color="orange" title={e.action}>{l}</Tag> },
    { title: '对象', key: 'subject', render: (_, e) => SUBJECT_TYPE_LABELS[e.subjectType] ?? e.subjectType },
    { title: '摘要', dataIndex: 'summary' },
  ];

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>操作日志</h2>}
      extra={<ExportButton title="操作日志" path={AUDIT_EXPORT_PATH} params={auditQuery(filters)} filename={`操作日志_${filters.from ?? '全部'}_${filters.to ?? '全部'}.xlsx`} />}
    >
      <Form<FormValues> form={form} layout="inline" onFinish={apply} style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选操作日志">
        <Form.Item name="range" label="时间范围">
          <DatePicker.RangePicker aria-label="时间范围" />
        </Form.Item>
        <Form.Item name="actor" label="操作人">
          <Input allowClear placeholder="姓名、用户ID 或 SYSTEM" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="action" label="操作类型">
          <Select
            allowClear
            showSearch={{ filterOption: filterByLabel }}
            placeholder="全部"
            style={{ width: 220 }}
            loading={actions.isLoading}
            options={(actions.data ?? []).map((a) => ({ value: a.code, label: a.label }))}
          />
        </Form.Item>
        <Form.Item name="subjectType" label="对象类型">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 180 }}
            options={Object.entries(SUBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="q" label="关键词">
          <Input allowClear placeholder="摘要包含" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">查询</Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {search.isError && <Alert type="error" showIcon title={errorMessage(search.error)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">日志只增不改：任何人都不能修改或删除已记录的操作。展开一行查看变更前后的字段。</Typography.Paragraph>
      <Table<AuditEntry>
        aria-label="操作日志"
        size="small"
        rowKey="id"
        loading={search.isFetching}
        columns={columns}
        dataSource={search.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        expandable={{
          rowExpandable: (e) => !!(e.before || e.after),
          expandedRowRender: (e) => <DiffView before={e.before as Record<string, unknown> | null} after={e.after as Record<string, unknown> | null} />,
        }}
        pagination={{
          current: page,
          pageSize: AUDIT_PAGE_SIZE,
          total: search.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 条`,
          onChange: setPage,
        }}
      />
    </Card>
  );
}
