import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useDivisions, useHelperUnits } from '../regions/api';
import { useDeleteZone, useGenerateCountyHalls, useZones, type Zone } from './api';
import { ZoneFormModal } from './ZoneFormModal';
import { ZonePreviewDrawer } from './ZonePreviewDrawer';
import { ruleSummary } from './zoneRule';

/** 专区管理: curated zones by rule or by hand, one hall per paired county, and a preview of each. */
export function ZonesPage() {
  const zones = useZones();
  const remove = useDeleteZone();
  const halls = useGenerateCountyHalls();
  const counties = useDivisions();
  const helpers = useHelperUnits();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Zone | 'new' | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);

  const names = useMemo(() => {
    const c = new Map((counties.data ?? []).map((d) => [d.code, d.name]));
    const h = new Map((helpers.data ?? []).map((u) => [u.id, u.name]));
    return { county: (code: string) => c.get(code), helper: (id: string) => h.get(id) };
  }, [counties.data, helpers.data]);

  const generate = () =>
    halls.mutate(undefined, {
      onSuccess: (r) => message.success(r.created ? `已新建 ${r.created} 个县域馆` : '每个结对县都已有县域馆'),
      onError: (err) => message.error(errorMessage(err)),
    });

  const del = (z: Zone) =>
    remove.mutate(z.id, {
      onSuccess: () => message.success(`专区「${z.name}」已删除`),
      onError: (err) => message.error(errorMessage(err)),
    });

  return (
    <Card
      title="专区管理"
      extra={
        <Space>
          <Popconfirm title="为今日每个结对县生成县域馆？" description="已存在的县域馆不会重复生成。" okText="生成" onConfirm={generate}>
            <Button loading={halls.isPending}>生成县域馆</Button>
          </Popconfirm>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建专区</Button>
        </Space>
      }
    >
      {zones.isError && <Alert type="error" showIcon title={errorMessage(zones.error)} style={{ marginBottom: 16 }} />}
      <Table<Zone>
        rowKey="id"
        dataSource={zones.data ?? []}
        loading={zones.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 个专区` }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '排序', dataIndex: 'sortOrder', width: 70, sorter: (a, b) => a.sortOrder - b.sortOrder, defaultSortOrder: 'ascend' },
          { title: '专区名称', dataIndex: 'name' },
          { title: '链接', dataIndex: 'slug', render: (s: string) => <a href={`/zones/${s}`} target="_blank" rel="noreferrer">/zones/{s}</a> },
          { title: '选品方式', dataIndex: 'kind', render: (k: string) => (k === 'RULE' ? <Tag color="blue">规则</Tag> : <Tag color="purple">手选</Tag>) },
          {
            title: '选品内容',
            key: 'content',
            render: (_, z) => (z.kind === 'RULE' ? ruleSummary(z.rule, names) : `手选 ${z.productIds.length} 个商品`),
          },
          { title: '状态', dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">上线</Tag> : <Tag>下线</Tag>) },
          {
            title: '操作',
            key: 'actions',
            render: (_, z) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setPreviewId(z.id)}>预览</Button>
                <Button type="link" size="small" onClick={() => setEditing(z)}>编辑</Button>
                <Popconfirm title={`删除专区「${z.name}」？`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => del(z)}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ZoneFormModal open={editing !== null} zone={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <ZonePreviewDrawer id={previewId} onClose={() => setPreviewId(null)} />
    </Card>
  );
}
