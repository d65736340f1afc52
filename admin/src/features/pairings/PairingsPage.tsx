import { errorMessage, type Pairing } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin, Table, Tabs, Tag, Typography, type TableProps } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PAIRING_ROLE_LABELS, usePairings, type PairingFilters } from './api';
import { CreatePairingModal } from './CreatePairingModal';
import { EndPairingModal } from './EndPairingModal';
import { PairingFilterBar } from './PairingFilterBar';

const day = (s: string | null | undefined) => (s ? s.slice(0, 10) : '');

// The map and compare views draw charts; loading them on demand keeps ECharts out of the list view.
const PairingMapTab = lazy(() => import('./PairingMapTab').then((m) => ({ default: m.PairingMapTab })));
const PairingCompareTab = lazy(() => import('./PairingCompareTab').then((m) => ({ default: m.PairingCompareTab })));
const TABS = ['list', 'map', 'compare'] as const;
type TabKey = (typeof TABS)[number];

export function PairingsPage() {
  const [filters, setFilters] = useState<PairingFilters>({});
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<Pairing | null>(null);
  const pairings = usePairings(filters);
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((t) => t === params.get('tab')) ?? 'list';

  const columns: TableProps<Pairing>['columns'] = [
    {
      title: '帮扶方',
      key: 'helperUnit',
      render: (_, p) => (
p.helperUnit.name
      ),
    },
    { title: '受帮扶县', key: 'county', render: (_, p) => `${p.county.name}（${p.county.code}）` },
    {
      title: '类型',
      dataIndex: 'role',
      width: 80,
      render: (role: string) => <Tag color={role === 'LEAD' ? 'orange' : 'blue'}>{PAIRING_ROLE_LABELS[role] ?? role}</Tag>,
    },
    {
      title: '有效期',
      key: 'period',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      sorter: (a, b) => a.validFrom.localeCompare(b.validFrom),
      render: (_, p) => `${day(p.validFrom)} 至 ${p.validTo ? day(p.validTo) : '今'}`,
    },
    {
      title: '依据文件',
      key: 'source',
      render: (_, p) => (
        <>
          {p.source.title}
          {p.source.docNo && <Typography.Text type="secondary">（{p.source.docNo}）</Typography.Text>}
        </>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 110,
      render: (_, p) =>
        p.endedReason ? <Tag title={p.endedReason}>已终止</Tag> : p.validTo ? <Tag>至 {day(p.validTo)}</Tag> : <Tag color="green">有效</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, p) =>
        !p.validTo && !p.endedReason ? (
          <Button type="link" danger size="small" onClick={() => setEnding(p)}>终止</Button>
        ) : null,
    },
  ];

  const list = (
    <>
      <PairingFilterBar onChange={setFilters} />
      {pairings.isError && <Alert type="error" showIcon title={errorMessage(pairings.error)} style={{ marginBottom: 16 }} />}
      <Table<Pairing>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={pairings.data ?? []}
        loading={pairings.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 条` }}
        expandable={{
          rowExpandable: (p) => !!(p.endedReason || p.note),
          expandedRowRender: (p) => (
            <>
              {p.note && <div>备注：{p.note}</div>}
              {p.endedReason && <div>终止原因：{p.endedReason}（{day(p.endedAt)} 操作）</div>}
            </>
          ),
        }}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
  const later = (node: ReactNode) => <Suspense fallback={<Spin />}>{node}</Suspense>;

  return (
    <Card
      title="结对关系"
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新增结对</Button>}
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'list' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'list', label: '结对列表', children: list },
          { key: 'map', label: '结对地图', children: later(<PairingMapTab />) },
          { key: 'compare', label: '对比', children: later(<PairingCompareTab />) },
        ]}
      />
      <CreatePairingModal open={creating} onClose={() => setCreating(false)} />
      <EndPairingModal pairing={ending} onClose={() => setEnding(null)} />
    </Card>
  );
}
