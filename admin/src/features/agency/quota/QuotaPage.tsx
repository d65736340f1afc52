import { errorMessage } from '@bangfu/api-client';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Progress, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useAgencyId, useQuota, type CountedOrdersFilter, type QuotaView } from '../api';
import { downloadWithToken } from '../../../lib/download';
import { percent, thisYear, yearOptions, yuan } from '../shared/format';
import { QUOTA_STATUS_COLORS } from '../shared/labels';
import { CountedOrdersDrawer } from './CountedOrdersDrawer';

// echarts is big: load it only when the page shows a chart.
const QuotaTrendChart = lazy(() => import('./QuotaTrendChart'));

type Month = QuotaView['byMonth'][number];

/** A figure that opens the orders it was summed from. */
function FigureLink({ label, fen, testId, onOpen }: { label: string; fen: number; testId?: string; onOpen: () => void }) {
  return (
    <Button type="link" style={{ padding: 0, height: 'auto', fontSize: 'inherit', fontWeight: 600 }} data-testid={testId}
      aria-label={`${label} ${yuan(fen)}，查看计入的订单`} title="查看计入的订单" onClick={onOpen}>
      {yuan(fen)}
    </Button>
  );
}

function FigureCard({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic title={title} valueRender={() => <span style={{ fontSize: 22 }}>{children}</span>} />
      {extra && <div style={{ marginTop: 4 }}>{extra}</div>}
    </Card>
  );
}

export function QuotaPage() {
  const { message } = App.useApp();
  const agencyId = useAgencyId();
  const [year, setYear] = useState(thisYear());
  const [counted, setCounted] = useState<CountedOrdersFilter | null>(null);
  const [exporting, setExporting] = useState(false);
  const quota = useQuota(agencyId, year);
  const q = quota.data;

  const open = (f: Omit<CountedOrdersFilter, 'year'>) => setCounted({ year, ...f });

  const exportXlsx = async () => {
    if (!agencyId) return;
    setExporting(true);
    try {
      await downloadWithToken(`/api/agencies/${agencyId}/quota/export.xlsx?year=${year}`, `预留份额-${year}.xlsx`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  let running = 0;
  const months = (q?.byMonth ?? []).map((m) => ({ ...m, cumulativeFen: (running += m.purchasedFen) }));
  const pct = q?.progress === null || q?.progress === undefined ? null : q.progress * 100;

  return (
    <Card
      title="份额进度"
      extra={
        <Space>
          <Select aria-label="年度" value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
          <Button icon={<DownloadOutlined />} loading={exporting} disabled={!agencyId} onClick={exportXlsx}>导出 Excel</Button>
        </Space>
      }
    >
      {!agencyId && <Alert type="warning" showIcon title="当前账号未关联预算单位" />}
      {quota.isError && <Alert type="error" showIcon title={errorMessage(quota.error)} style={{ marginBottom: 16 }} />}
      {quota.isPending && agencyId && <Skeleton active />}
      {q && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{q.agencyName}</Typography.Text>
            <Tag color={QUOTA_STATUS_COLORS[q.status]} data-testid="quota-status">{q.statusLabel}</Tag>
            <Typography.Text type="secondary">
              适用政策：{q.policy.scopeName} 预留 {percent(q.ratio, 0)}
              {q.policy.source === 'BUILT_IN_FLOOR' ? '（未登记政策，按全国底线）' : `（${q.policy.basis}）`}
            </Typography.Text>
            <Typography.Text type="secondary">统计至 {q.asOf}</Typography.Text>
          </Space>
          {q.status === 'UNDECLARED' && <Alert type="warning" showIcon title={`${year} 年度尚未填报食堂农副产品采购总额，预留份额按 0 计算`} />}

          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} lg={6}>
              <FigureCard title="预留份额" extra={<Typography.Text type="secondary">年度采购总额 {yuan(q.annualAgriSpendFen)} × {percent(q.ratio, 0)}</Typography.Text>}>
                <span data-testid="quota-reserved">{yuan(q.reservedFen)}</span>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <FigureCard title="已采购金额" extra={<Typography.Text type="secondary">计入 {q.countedOrderCount} 单</Typography.Text>}>
                <FigureLink label="已采购金额" fen={q.purchasedFen} testId="quota-purchased" onOpen={() => open({})} />
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <FigureCard title="其中结对县" extra={<Typography.Text type="secondary">占已采购 {q.purchasedFen ? percent(q.pairedFen / q.purchasedFen) : '—'}</Typography.Text>}>
                <FigureLink label="结对县部分" fen={q.pairedFen} testId="quota-paired" onOpen={() => open({ paired: true })} />
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <FigureCard title="预计全年" extra={<Typography.Text type="secondary">按已过 {q.elapsedDays} 天线性推算</Typography.Text>}>
                <span data-testid="quota-projection">{yuan(q.projectionFen)}</span>
              </FigureCard>
            </Col>
          </Row>

          <Card size="small" title="完成进度">
            {pct === null ? (
              <Typography.Text type="secondary">无预留份额，不计算进度</Typography.Text>
            ) : (
              <div aria-label={`完成进度 ${percent(q.progress)}`}>
                {/* The bar stops at 100%; the text keeps the real figure, which may pass it. */}
                <Progress percent={Math.min(pct, 100)} status={pct >= 100 ? 'success' : 'active'} format={() => <span data-testid="quota-progress">{percent(q.progress)}</span>} />
              </div>
            )}
          </Card>

          <Card size="small" title="月度趋势（按验收日）">
            {q.countedOrderCount === 0 && q.purchasedFen === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度还没有计入份额的采购" />
            ) : (
              <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
                <QuotaTrendChart quota={q} onMonthClick={(month) => open({ month })} />
              </Suspense>
            )}
            <Table<Month & { cumulativeFen: number }>
              rowKey="month"
              size="small"
              pagination={false}
              dataSource={months}
              style={{ marginTop: 16 }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '月份', dataIndex: 'month', render: (m: number) => `${m} 月` },
                {
                  title: '当月采购',
                  dataIndex: 'purchasedFen',
                  render: (v: number, m) => (v ? <FigureLink label={`${m.month} 月采购`} fen={v} onOpen={() => open({ month: m.month })} /> : yuan(0)),
                },
                {
                  title: '其中结对县',
                  dataIndex: 'pairedFen',
                  render: (v: number, m) => (v ? <FigureLink label={`${m.month} 月结对县部分`} fen={v} onOpen={() => open({ month: m.month, paired: true })} /> : yuan(0)),
                },
                { title: '累计', dataIndex: 'cumulativeFen', render: (v: number) => yuan(v) },
                { title: '累计进度', key: 'progress', render: (_, m) => (q.reservedFen ? percent(m.cumulativeFen / q.reservedFen) : '—') },
              ]}
            />
          </Card>
        </Space>
      )}
      <CountedOrdersDrawer agencyId={agencyId} filter={counted} onClose={() => setCounted(null)} />
    </Card>
  );
}
