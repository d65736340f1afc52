import { errorMessage } from '@bangfu/api-client';
import { Alert, App, Button, Card, Drawer, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { BASE_STATUS, BASE_TYPE_LABELS, dateTime } from '../review/labels';
import { LabelTag } from '../review/LabelTag';
import { ReasonModal } from '../review/ReasonModal';
import { useSupplierNames } from '../review/useSupplierNames';
import { useBaseDecision, useBases, type BaseStatus, type SupplyBase } from './api';
import { BaseDetail } from './BaseDetail';

const TABS: { key: BaseStatus | 'ALL'; label: string }[] = [
  { key: 'PENDING', label: '待核验' },
  { key: 'VERIFIED', label: '已核验' },
  { key: 'REJECTED', label: '已驳回' },
  { key: 'ALL', label: '全部' },
];

/** 基地审核: supply bases by status; verify or reject (with a reason) a pending one. */
export function BaseReviewPage() {
  const [tab, setTab] = useState<BaseStatus | 'ALL'>('PENDING');
  const bases = useBases(tab === 'ALL' ? undefined : tab);
  const suppliers = useSupplierNames();
  const decide = useBaseDecision();
  const { message, modal } = App.useApp();
  const [openId, setOpenId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const open = bases.data?.find((b) => b.id === openId) ?? null;

  const run = (b: SupplyBase, reason?: string) =>
    decide.mutate(
      { id: b.id, reason },
      {
        onSuccess: () => {
          message.success(reason === undefined ? `「${b.name}」已核验` : `「${b.name}」已驳回`);
          setRejecting(false);
          setOpenId(null);
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  const actions = open?.status === 'PENDING' && (
    <Space>
      <Button type="primary" loading={decide.isPending}
        onClick={() => modal.confirm({ title: '确认核验通过？', content: open.name, okText: '核验通过', onOk: () => run(open) })}>
        核验通过
      </Button>
      <Button danger onClick={() => setRejecting(true)}>驳回</Button>
    </Space>
  );

  return (
    <Card title="基地审核">
      <Tabs activeKey={tab} onChange={(k) => setTab(k as BaseStatus | 'ALL')} items={TABS} />
      {bases.isError && <Alert type="error" showIcon title={errorMessage(bases.error)} style={{ marginBottom: 16 }} />}
      <Table<SupplyBase>
        rowKey="id"
        dataSource={bases.data ?? []}
        loading={bases.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 个基地` }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '基地名称', dataIndex: 'name' },
          { title: '供应商', dataIndex: 'supplierId', render: (id: string) => suppliers.get(id) ?? '—' },
          { title: '所在地', key: 'where', render: (_, b) => `${b.countyName ?? b.countyCode} ${b.township}` },
          { title: '类型', dataIndex: 'baseType', render: (t: string) => BASE_TYPE_LABELS[t] ?? t },
          { title: '面积（亩）', dataIndex: 'areaMu', align: 'right' },
          { title: '检测', dataIndex: 'testsCurrent', render: (ok: boolean) => (ok ? <Tag color="green">有效</Tag> : <Tag color="red">缺失/过期</Tag>) },
          { title: '状态', dataIndex: 'status', render: (s: string) => <LabelTag value={s} map={BASE_STATUS} /> },
          { title: '更新时间', dataIndex: 'updatedAt', render: dateTime },
          {
            title: '操作',
            key: 'actions',
            render: (_, b) => <Button type="link" size="small" onClick={() => setOpenId(b.id)}>{b.status === 'PENDING' ? '审核' : '查看'}</Button>,
          },
        ]}
      />
      <Drawer title={open?.name} open={!!open} onClose={() => setOpenId(null)} size="large" extra={actions} destroyOnHidden>
        {open && <BaseDetail b={open} supplierName={suppliers.get(open.supplierId)} />}
      </Drawer>
      <ReasonModal
        request={rejecting && open ? { title: `驳回「${open.name}」`, okText: '确认驳回', danger: true, placeholder: '如：土壤检测报告已超过两年，请补充' } : null}
        loading={decide.isPending}
        onSubmit={(r) => open && run(open, r ?? '')}
        onClose={() => setRejecting(false)}
      />
    </Card>
  );
}
