import { errorMessage } from '@bangfu/api-client';
import { Alert, Card, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAgencyAudit, useAgencyId, type AuditEntry } from '../api';
import { dateTime } from '../shared/format';

/** 操作记录: the audit lines about this agency (its accounts, rules, declarations, procurement). */
export function AgencyAuditPage() {
  const agencyId = useAgencyId();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [q, setQ] = useState<string>();
  const audit = useAgencyAudit(agencyId, { page, pageSize, ...(q ? { q } : {}) });

  return (
    <Card title="操作记录" extra={<Input.Search aria-label="搜索摘要" allowClear placeholder="搜索摘要" style={{ width: 220 }} onSearch={(v) => { setQ(v.trim() || undefined); setPage(1); }} />}>
      {audit.isError && <Alert type="error" showIcon title={errorMessage(audit.error)} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        dataSource={audit.data?.items ?? []}
        loading={audit.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: audit.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => `共 ${n} 条`,
          onChange: (p, s) => { setPage(p); setPageSize(s); } }}
        columns={[
          { title: '时间', dataIndex: 'at', render: dateTime, width: 150 },
          { title: '操作人', dataIndex: 'actorName' },
          { title: '操作', dataIndex: 'actionLabel' },
          { title: '摘要', dataIndex: 'summary', render: (v: string) => <Typography.Text>{v}</Typography.Text> },
        ]}
        expandable={{
          rowExpandable: (e) => !!(e.before || e.after),
          expandedRowRender: (e) => (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {e.before && `变更前：${JSON.stringify(e.before, null, 1)}\n`}
              {e.after && `变更后：${JSON.stringify(e.after, null, 1)}`}
            </pre>
          ),
        }}
      />
    </Card>
  );
}
