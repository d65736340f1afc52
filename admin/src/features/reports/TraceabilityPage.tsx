import { Alert, Card, DatePicker, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { exportPath, reportPaths, useTraceBases, type BaseCoverageRow } from './api';
import { ExportButton } from './ExportButton';
import { coverageColor, int, percent } from './format';
import { periodPresets, usePeriod } from './period';

export const BASE_STATUS_LABELS: Record<string, string> = { PENDING: '待核验', VERIFIED: '已核验', REJECTED: '已驳回' };

export function CoverageTag({ share }: { share: number | null }) {
  return share === null ? <Typography.Text type="secondary">未售出</Typography.Text> : <Tag color={coverageColor(share)}>{percent(share)}</Tag>;
}

/** 追溯覆盖: per supply base, how much of what was sold carries a complete trace journey. */
export function TraceabilityPage() {
  const [period, setPeriod] = usePeriod();
  const q = useTraceBases(period);
  const v = q.data;
  const columns: TableColumnsType<BaseCoverageRow> = [
    {
      title: '基地',
      dataIndex: 'baseName',
      fixed: 'left',
      render: (name: string, r) => (
        <Link to={`/reports/traceability/bases/${r.baseId}?from=${period.from}&to=${period.to}`} title={`查看${name}的批次追溯`}>{name}</Link>
      ),
    },
    { title: '状态', dataIndex: 'status', render: (s: string) => BASE_STATUS_LABELS[s] ?? s },
    { title: '供应商', dataIndex: 'supplierName' },
    { title: '所在县', dataIndex: 'countyName' },
    { title: '商品数', dataIndex: 'productCount', align: 'right', render: int },
    { title: '批次数', dataIndex: 'batchCount', align: 'right', render: int },
    { title: '售出件数', dataIndex: 'soldUnits', align: 'right', render: int, sorter: (a, b) => a.soldUnits - b.soldUnits },
    { title: '可追溯件数', dataIndex: 'tracedUnits', align: 'right', render: int },
    {
      title: '追溯覆盖率',
      dataIndex: 'coverage',
      align: 'right',
      render: (c: number | null) => <CoverageTag share={c} />,
      sorter: (a, b) => (a.coverage ?? -1) - (b.coverage ?? -1),
    },
    {
      title: '最近检测',
      key: 'lastInspection',
      render: (_, r) =>
        r.lastInspectedOn ? (
          <Space size={4}>
            {r.lastInspectedOn}
            <Tag color={r.lastInspectionPassed ? 'green' : 'red'}>{r.lastInspectionPassed ? '合格' : '不合格'}</Tag>
          </Space>
        ) : (
          <Typography.Text type="secondary">无</Typography.Text>
        ),
    },
    {
      title: '不合格批次',
      dataIndex: 'failedInspections',
      align: 'right',
      render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : '0'),
    },
  ];

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>追溯覆盖</h2>}
      extra={
        <Space wrap>
          <DatePicker.RangePicker
            aria-label="统计区间"
            allowClear={false}
            presets={periodPresets()}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(r) => r?.[0] && r[1] && setPeriod({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })}
          />
          <ExportButton title="追溯覆盖" path={exportPath(reportPaths.traceBases)} params={{ ...period }} filename={`基地追溯覆盖_${period.from}_${period.to}.xlsx`} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        可追溯件数：售出时所用批次的追溯码有完整的「采收 → 检测 → 包装 → 发货」记录。点击基地名称查看其批次。
      </Typography.Paragraph>
      {q.error ? <Alert type="error" showIcon title="追溯覆盖加载失败" style={{ marginBottom: 12 }} /> : null}
      {v && (
        <Space size={48} style={{ marginBottom: 16 }} wrap>
          <Statistic title="售出件数" value={v.soldUnits} />
          <Statistic title="可追溯件数" value={v.tracedUnits} />
          <Statistic title="总体覆盖率" value={percent(v.coverage)} />
        </Space>
      )}
      <Table<BaseCoverageRow>
        aria-label="基地追溯覆盖"
        size="small"
        rowKey="baseId"
        loading={q.isFetching}
        columns={columns}
        dataSource={v?.items ?? []}
        pagination={(v?.items.length ?? 0) > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
