import { errorMessage } from '@bangfu/api-client';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Progress, Row, Select, Space, Statistic, Table, Tag, Typography, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { formatFen } from '../../lib/money';
import { useChildDivisions, useQuotaRanking, type QuotaFilters, type QuotaRow, type QuotaStatus } from './api';
import { CountedOrdersDrawer, type CountedOrdersTarget } from './CountedOrdersDrawer';
import { downloadWithToken } from '../../lib/download';
import { currentYear, DistrictSelect, YearSelect } from './filters';
import { AGENCY_LEVEL_LABELS, percent, QUOTA_STATUS } from './labels';

const STATUSES: QuotaStatus[] = ['RED', 'AMBER', 'GREEN', 'UNDECLARED', 'NO_QUOTA'];

export function QuotaStatusTag({ status }: { status: string }) {
  const s = QUOTA_STATUS[status] ?? { label: status };
  return <Tag color={s.color}>{s.label}</Tag>;
}

/** Division names of the followed cities and their districts, for the 区划 column. */
function useDivisionNames() {
  const sz = useChildDivisions('440300');
  const gz = useChildDivisions('440100');
  return useMemo(() => {
    const m = new Map<string, string>([['440300', '深圳市'], ['440100', '广州市']]);
    (sz.data ?? []).forEach((d) => m.set(d.code, `深圳市${d.name}`));
    (gz.data ?? []).forEach((d) => m.set(d.code, `广州市${d.name}`));
    return m;
  }, [sz.data, gz.data]);
}

/** 份额监测: every agency ranked by progress toward its reserved share, with the orders behind each figure. */
export function QuotaPage() {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<QuotaFilters>({ year: currentYear(), page: 1, pageSize: 50 });
  const ranking = useQuotaRanking(filters);
  const names = useDivisionNames();
  const [drawer, setDrawer] = useState<CountedOrdersTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const set = (patch: Partial<QuotaFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  const open = (r: QuotaRow, paired = false) =>
    setDrawer({ agencyId: r.agencyId, agencyName: r.agencyName, year: filters.year, purchasedFen: r.purchasedFen, pairedFen: r.pairedFen, paired });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const q = new URLSearchParams({ year: String(filters.year) });
      if (filters.divisionCode) q.set('divisionCode', filters.divisionCode);
      await downloadWithToken(`/api/admin/quota/export.xlsx?${q}`, `预留份额完成情况-${filters.year}.xlsx`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<QuotaRow>['columns'] = [
    { title: '排名', dataIndex: 'rank', width: 64 },
    { title: '预算单位', dataIndex: 'agencyName' },
    { title: '区划', dataIndex: 'divisionCode', width: 140, render: (c: string) => names.get(c) ?? c },
    { title: '级别', dataIndex: 'level', width: 70, render: (l: string) => AGENCY_LEVEL_LABELS[l] ?? l },
    {
      title: '预留份额', dataIndex: 'reservedFen', align: 'right',
      render: (v: number, r) => (r.declared ? formatFen(v) : <Typography.Text type="secondary">未申报</Typography.Text>),
    },
    {
      title: '已采购（计入）', dataIndex: 'purchasedFen', align: 'right',
      render: (v: number, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} aria-label={`查看${r.agencyName}计入份额的订单`} onClick={() => open(r)}>
          {formatFen(v)}
        </Button>
      ),
    },
    {
      title: '完成进度', key: 'progress', width: 190,
      render: (_, r) =>
        r.progress == null ? '—' : (
          // The bar stops at 100%, the text does not: an agency may buy more than its share.
          <Progress percent={Math.min(100, r.progress * 100)} size="small" format={() => percent(r.progress)}
            status={r.status === 'RED' ? 'exception' : r.progress >= 1 ? 'success' : 'normal'} />
        ),
    },
    {
      title: '其中结对县', dataIndex: 'pairedFen', align: 'right',
      render: (v: number, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} aria-label={`查看${r.agencyName}结对县部分的订单`} onClick={() => open(r, true)}>
          {formatFen(v)}
        </Button>
      ),
    },
    { title: '比例', dataIndex: 'ratio', width: 70, render: (v: number) => percent(v) },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: string) => <QuotaStatusTag status={s} /> },
  ];

  const summary = ranking.data?.summary;
  const count = (s: QuotaStatus) => summary?.byStatus.find((b) => b.status === s)?.count ?? 0;

  return (
    <Card title="份额监测"
      extra={<Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx}>导出 Excel</Button>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect value={filters.year} onChange={(year) => set({ year })} />
        <DistrictSelect value={filters.divisionCode} onChange={(divisionCode) => set({ divisionCode })} />
        <Select<QuotaStatus> aria-label="状态" allowClear placeholder="全部状态" style={{ width: 150 }} value={filters.status}
          onChange={(status) => set({ status: status || undefined })}
          options={STATUSES.map((s) => ({ value: s, label: QUOTA_STATUS[s].label }))} />
      </Space>
      {ranking.error && <Alert type="error" showIcon title={errorMessage(ranking.error)} style={{ marginBottom: 16 }} />}
      {summary && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={4}><Statistic title="单位数" value={summary.agencies} /></Col>
          <Col span={4}><Statistic title="已申报" value={summary.declared} /></Col>
          <Col span={5}><Statistic title="预留份额合计" value={formatFen(summary.reservedFen)} /></Col>
          <Col span={5}><Statistic title="已采购合计" value={formatFen(summary.purchasedFen)} /></Col>
          <Col span={6}>
            <Space wrap size={4} style={{ marginTop: 24 }}>
              {STATUSES.map((s) => <Tag key={s} color={QUOTA_STATUS[s].color}>{QUOTA_STATUS[s].label} {count(s)}</Tag>)}
            </Space>
          </Col>
        </Row>
      )}
      <Table<QuotaRow>
        rowKey="agencyId"
        size="middle"
        loading={ranking.isFetching}
        dataSource={ranking.data?.items ?? []}
        columns={columns}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: ranking.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => `共 ${n} 个单位`,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <CountedOrdersDrawer target={drawer} onClose={() => setDrawer(null)} />
    </Card>
  );
}
