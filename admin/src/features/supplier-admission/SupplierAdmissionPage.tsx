import { errorMessage } from '@bangfu/api-client';
import { Alert, Button, Card, Table, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { StatusTag } from '../accounts/StatusTag';
import { useCounties } from '../regions/api';
import { dateTime, SUPPLIER_KIND_LABELS } from '../review/labels';
import { useSupplierQueue, type SupplierRow } from './api';
import { SupplierDrawer } from './SupplierDrawer';

const TABS = [
  { key: 'PENDING', label: '待审核' },
  { key: 'APPROVED', label: '已准入' },
  { key: 'SUSPENDED', label: '已暂停' },
  { key: 'REJECTED', label: '已驳回' },
  { key: 'ALL', label: '全部' },
] as const;

/** 供应商准入: the admission queue by status, with the detail and decisions in a drawer. */
export function SupplierAdmissionPage() {
  const [tab, setTab] = useState<(typeof TABS)[number]['key']>('PENDING');
  const [openId, setOpenId] = useState<string | null>(null);
  const queue = useSupplierQueue(tab === 'ALL' ? undefined : tab);
  const counties = useCounties();
  const countyName = useMemo(() => new Map((counties.data ?? []).map((c) => [c.code, c.fullName])), [counties.data]);

  return (
    <Card title="供应商准入">
      <Tabs activeKey={tab} onChange={(k) => setTab(k as typeof tab)} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
      {queue.isError && <Alert type="error" showIcon title={errorMessage(queue.error)} style={{ marginBottom: 16 }} />}
      <Table<SupplierRow>
        rowKey="id"
        dataSource={queue.data ?? []}
        loading={queue.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 家` }}
        scroll={{ x: 'max-content' }}
        onRow={(s) => ({ onDoubleClick: () => setOpenId(s.id) })}
        columns={[
          { title: '供应商名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', width: 90, render: (k: string) => SUPPLIER_KIND_LABELS[k] ?? k },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '所在县', dataIndex: 'countyCode', render: (c: string) => countyName.get(c) ?? c },
          { title: '提交时间', dataIndex: 'submittedAt', render: dateTime },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
          { title: '最近原因', dataIndex: 'statusReason', ellipsis: true, render: (r: string | null) => r ?? '' },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, s) => (
              <Button type="link" size="small" onClick={() => setOpenId(s.id)}>{s.status === 'PENDING' ? '审核' : '查看'}</Button>
            ),
          },
        ]}
      />
      <SupplierDrawer id={openId} countyName={countyName} onClose={() => setOpenId(null)} />
    </Card>
  );
}
