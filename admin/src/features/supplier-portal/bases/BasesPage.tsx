import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { AdmissionBanner } from '../profile/AdmissionBanner';
import { fileUrl } from '../shared/files';
import { BASE_CERT_TYPE, BASE_STATUS, BASE_TYPE } from '../shared/labels';
import { EnumTag } from '../shared/StatusTag';
import { useSupplyBases, type SupplyBase } from './api';
import { BaseFormDrawer } from './BaseFormDrawer';

/** 生产基地: the supplier's bases with their verification status and certificates. */
export function BasesPage() {
  const bases = useSupplyBases();
  const [editing, setEditing] = useState<SupplyBase | 'new' | null>(null);

  return (
    <>
      <AdmissionBanner />
      <Card title="生产基地" extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>登记基地</Button>}>
        {bases.isError && <Alert type="error" showIcon title={errorMessage(bases.error)} style={{ marginBottom: 16 }} />}
        <Table<SupplyBase>
          rowKey="id"
          dataSource={bases.data ?? []}
          loading={bases.isFetching}
          pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 个` }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '基地名称', dataIndex: 'name' },
            { title: '所在地', key: 'place', render: (_, b) => `${b.countyName ?? b.countyCode} ${b.township}` },
            { title: '类型', dataIndex: 'baseType', render: (t: string) => BASE_TYPE[t] ?? t },
            { title: '面积（亩）', dataIndex: 'areaMu', align: 'right' },
            { title: '主要产品', dataIndex: 'products', render: (ps: string[]) => ps.join('、') },
            {
              title: '认证',
              key: 'certs',
              render: (_, b) =>
                b.certifications.length ? b.certifications.map((c, i) => (
                  <Tooltip key={i} title={`${c.number}，${c.validFrom} 至 ${c.validTo}`}>
                    <Tag color={c.current ? 'green' : 'default'}>
                      {BASE_CERT_TYPE[c.type] ?? c.type}{c.current ? '' : '（不在有效期）'}
                    </Tag>
                  </Tooltip>
                )) : '—',
            },
            {
              title: '土壤/水质检测',
              key: 'tests',
              render: (_, b) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text type="secondary">土壤 {b.soilTestedOn ?? '未填'} · 水质 {b.waterTestedOn ?? '未填'}</Typography.Text>
                  {b.testsCurrent ? <Tag color="green">两年内</Tag> : <Tag color="orange">超过两年或缺失</Tag>}
                </Space>
              ),
            },
            {
              title: '状态',
              key: 'status',
              render: (_, b) => (
                <>
                  <EnumTag value={b.status} labels={BASE_STATUS} />
                  {b.status === 'REJECTED' && b.statusReason && <div><Typography.Text type="danger">{b.statusReason}</Typography.Text></div>}
                </>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              fixed: 'end',
              render: (_, b) => (
                <Space>
                  <Button type="link" size="small" onClick={() => setEditing(b)}>编辑</Button>
                  {b.certifications.find((c) => c.fileId) && (
                    <a href={fileUrl(b.certifications.find((c) => c.fileId)!.fileId!)} target="_blank" rel="noreferrer">证书</a>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <BaseFormDrawer key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id} open={editing !== null} base={editing === 'new' || editing === null ? undefined : editing} onClose={() => setEditing(null)} />
    </>
  );
}
