import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { exportPath, reportPaths, useTraceBase, type BatchTraceRow, type JourneyStep } from './api';
import { ExportButton } from './ExportButton';
import { int } from './format';
import { usePeriod } from './period';
import { BASE_STATUS_LABELS, CoverageTag } from './TraceabilityPage';

/** The four steps of a complete journey, in order, as the API names them. */
export const JOURNEY_STEPS = [
  { bizStep: 'harvesting', label: '采收' },
  { bizStep: 'inspecting', label: '检测' },
  { bizStep: 'packing', label: '包装' },
  { bizStep: 'shipping', label: '发货' },
] as const;

/** ✓ with the day the step was first recorded, or ✗ when it is missing. */
export function StepMark({ step, label }: { step: JourneyStep | undefined; label: string }) {
  const at = step?.at ? step.at.slice(0, 10) : null;
  return at ? (
    <span role="img" aria-label={`${label}：已记录 ${at}`} title={at} style={{ color: '#16a34a', fontWeight: 600 }}>✓</span>
  ) : (
    <span role="img" aria-label={`${label}：缺失`} title="缺失" style={{ color: '#dc2626', fontWeight: 600 }}>✗</span>
  );
}

/** The storefront's public trace page of a code (the admin lives under /admin/, the shop at /). */
export const tracePageUrl = (code: string) => `/t/${encodeURIComponent(code)}`;

/** Drill-down of one supply base: its batches, their journey step by step, and inspections. */
export function BaseTracePage() {
  const { baseId = '' } = useParams();
  const [period] = usePeriod();
  const q = useTraceBase(baseId, period);
  const v = q.data;

  const columns: TableColumnsType<BatchTraceRow> = [
    { title: '批次号', dataIndex: 'batchNo', fixed: 'left' },
    {
      title: '追溯码',
      dataIndex: 'traceCode',
      render: (code: string) => (
        <a href={tracePageUrl(code)} target="_blank" rel="noreferrer" title="打开公开追溯页">{code}</a>
      ),
    },
    { title: '商品', dataIndex: 'productName' },
    { title: '采收日期', dataIndex: 'harvestDate' },
    { title: '数量', key: 'quantity', align: 'right', render: (_, r) => `${int(r.quantity)} ${r.unit}` },
    ...JOURNEY_STEPS.map((s) => ({
      title: s.label,
      key: s.bizStep,
      align: 'center' as const,
      render: (_: unknown, r: BatchTraceRow) => <StepMark label={s.label} step={r.journey.find((j) => j.bizStep === s.bizStep)} />,
    })),
    {
      title: '追溯完整',
      dataIndex: 'complete',
      render: (c: boolean) => (c ? <Tag color="green">完整</Tag> : <Tag color="red">不完整</Tag>),
    },
    {
      title: '出厂检测',
      key: 'inspection',
      render: (_, r) =>
        r.inspection ? (
          <Space size={4}>
            {r.inspection.testedOn}
            <Tag color={r.inspection.passed ? 'green' : 'red'}>{r.inspection.passed ? '合格' : '不合格'}</Tag>
          </Space>
        ) : (
          <Typography.Text type="secondary">无</Typography.Text>
        ),
    },
    { title: '区间售出', dataIndex: 'soldUnits', align: 'right', render: int },
  ];

  const inspections = (v?.batches ?? [])
    .filter((b) => b.inspection)
    .sort((a, b) => b.inspection!.testedOn.localeCompare(a.inspection!.testedOn));
  const failures = inspections.filter((b) => !b.inspection!.passed);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Link to={`/reports/traceability?from=${period.from}&to=${period.to}`}><ArrowLeftOutlined /> 返回追溯覆盖</Link>
      {q.error ? <Alert type="error" showIcon title="基地追溯信息加载失败" /> : null}
      <Card
        loading={q.isLoading}
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{v ? `${v.baseName} · 批次追溯` : '批次追溯'}</h2>}
        extra={
          v && (
            <ExportButton
              title="基地批次追溯"
              path={exportPath(reportPaths.traceBase(baseId))}
              params={{ ...period }}
              filename={`基地批次_${v.baseName}_${period.from}_${period.to}.xlsx`}
            />
          )
        }
      >
        {v && (
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label="供应商">{v.supplierName}</Descriptions.Item>
            <Descriptions.Item label="所在县">{v.countyName}</Descriptions.Item>
            <Descriptions.Item label="基地状态">{BASE_STATUS_LABELS[v.status] ?? v.status}</Descriptions.Item>
            <Descriptions.Item label="统计区间">{v.from} 至 {v.to}</Descriptions.Item>
            <Descriptions.Item label="售出 / 可追溯">{int(v.soldUnits)} / {int(v.tracedUnits)} 件</Descriptions.Item>
            <Descriptions.Item label="追溯覆盖率"><CoverageTag share={v.coverage} /></Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>批次</h3>}>
        <Table<BatchTraceRow>
          aria-label="批次追溯"
          size="small"
          rowKey="batchId"
          loading={q.isFetching}
          columns={columns}
          dataSource={v?.batches ?? []}
          pagination={(v?.batches.length ?? 0) > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>检测记录</h3>}>
        {failures.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${failures.length} 个批次检测不合格`}
            description={failures.map((b) => `${b.batchNo}（${b.inspection!.testedOn}）：${b.inspection!.failedItems.join('、') || '不合格'}`).join('；')}
          />
        )}
        <Table
          aria-label="检测记录"
          size="small"
          rowKey="batchId"
          pagination={false}
          dataSource={inspections.slice(0, 10)}
          locale={{ emptyText: '暂无检测记录' }}
          columns={[
            { title: '检测日期', key: 'testedOn', render: (_, b: BatchTraceRow) => b.inspection!.testedOn },
            { title: '批次号', dataIndex: 'batchNo' },
            { title: '商品', dataIndex: 'productName' },
            { title: '检测机构', key: 'lab', render: (_, b: BatchTraceRow) => b.inspection!.lab },
            {
              title: '结论',
              key: 'passed',
              render: (_, b: BatchTraceRow) =>
                b.inspection!.passed ? <Tag color="green">合格</Tag> : <Tag color="red">不合格：{b.inspection!.failedItems.join('、')}</Tag>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
