import type { Pairing } from '@bangfu/api-client';
import { Alert, Card, Descriptions, Segmented, Select, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { usePairings } from '../pairings/api';
import { exportPath, reportPaths, useResults, type ResultRow, type ResultsGroupBy } from './api';
import { ExportButton } from './ExportButton';
import { int, yuan } from './format';

const day = (s: string | null) => (s ? s.slice(0, 10) : '');

/** Pairings in force at some time during `year`. */
export const overlapsYear = (p: Pick<Pairing, 'validFrom' | 'validTo'>, year: number) =>
  day(p.validFrom) <= `${year}-12-31` && (!p.validTo || day(p.validTo) >= `${year}-01-01`);

/**
 * 帮扶成效: the figures an annual assessment asks for, per eastern helper unit or per assisted
 * county. `?county=<code>` / `?helper=<id>` (the dashboard's drill-down) marks that row and lists the
 * pairings behind it.
 */
export function ResultsPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().year();
  const year = Number(params.get('year')) || thisYear;
  const groupBy: ResultsGroupBy = params.get('groupBy') === 'county' ? 'county' : 'helper';
  const focus = groupBy === 'county' ? params.get('county') : params.get('helper');
  const q = useResults(year, groupBy);
  const rows = q.data?.items ?? [];

  const update = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) (v === null ? next.delete(k) : next.set(k, v));
      return next;
    });

  const helper = groupBy === 'helper';
  const columns: TableColumnsType<ResultRow> = [
    { title: helper ? '帮扶方' : '受援县', dataIndex: 'name', fixed: 'left', render: (n: string, r) => (r.key === null ? <Typography.Text type="secondary">{n}</Typography.Text> : n) },
    { title: helper ? '所在城市' : '所属地级市', dataIndex: 'parent', render: (p: string | null) => p ?? '—' },
    { title: '销售额', dataIndex: 'salesFen', align: 'right', render: yuan, sorter: (a, b) => a.salesFen - b.salesFen, defaultSortOrder: 'descend' },
    { title: '订单数', dataIndex: 'orderCount', align: 'right', render: int, sorter: (a, b) => a.orderCount - b.orderCount },
    { title: '购买单位数', dataIndex: 'buyingUnits', align: 'right', render: int, sorter: (a, b) => a.buyingUnits - b.buyingUnits },
    { title: '其中预算单位', dataIndex: 'agencyUnits', align: 'right', render: int },
    { title: '供应商数', dataIndex: 'supplierCount', align: 'right', render: int },
    { title: '带动脱贫户数', dataIndex: 'linkedHouseholds', align: 'right', render: int, sorter: (a, b) => a.linkedHouseholds - b.linkedHouseholds },
    { title: '工会券支出', dataIndex: 'couponFen', align: 'right', render: yuan },
    { title: '其他补贴', dataIndex: 'subsidyFen', align: 'right', render: yuan },
  ];
  const t = q.data?.total;
  const focused = focus ? rows.find((r) => r.key === focus) : undefined;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>帮扶成效</h2>}
        extra={
          <Space wrap>
            <Select<number>
              aria-label="年度"
              value={year}
              style={{ width: 110 }}
              onChange={(y) => update({ year: String(y) })}
              options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年` }))}
            />
            <Segmented<ResultsGroupBy>
              aria-label="汇总方式"
              value={groupBy}
              onChange={(g) => update({ groupBy: g, county: null, helper: null })}
              options={[{ label: '按帮扶方', value: 'helper' }, { label: '按受援县', value: 'county' }]}
            />
            <ExportButton
              title="帮扶成效"
              path={exportPath(reportPaths.results)}
              params={{ year, groupBy }}
              filename={`帮扶成效_${year}_${helper ? '按帮扶方' : '按县'}.xlsx`}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          销售额扣除退款；购买单位为不同的预算单位与个人买家；带动脱贫户数取售出商品供应商经认定的带贫户数（合计行按全体去重）；按帮扶方汇总时按销售当日的结对关系归属。
        </Typography.Paragraph>
        {q.error ? <Alert type="error" showIcon title="帮扶成效加载失败" /> : null}
        <Table<ResultRow>
          aria-label="帮扶成效"
          size="small"
          rowKey={(r) => r.key ?? 'none'}
          loading={q.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (focus && r.key === focus ? 'ant-table-row-selected' : '')}
          summary={() =>
            t ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}><strong>合计</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right"><strong>{yuan(t.salesFen)}</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{int(t.orderCount)}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{int(t.buyingUnits)}</Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">{int(t.agencyUnits)}</Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">{int(t.supplierCount)}</Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">{int(t.linkedHouseholds)}</Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">{yuan(t.couponFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={9} align="right">{yuan(t.subsidyFen)}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      {focus && (
        <FocusCard groupBy={groupBy} focusKey={focus} row={focused} year={year} loaded={!!q.data} onClose={() => update({ county: null, helper: null })} />
      )}
    </Space>
  );
}

/** The drilled-down county (its helper units that year) or helper unit (its counties that year). */
function FocusCard({ groupBy, focusKey, row, year, loaded, onClose }: { groupBy: ResultsGroupBy; focusKey: string; row?: ResultRow; year: number; loaded: boolean; onClose: () => void }) {
  const county = groupBy === 'county';
  const pairings = usePairings(county ? { countyCode: focusKey } : { helperUnitId: focusKey });
  const inYear = (pairings.data ?? []).filter((p) => overlapsYear(p, year));
  const name = row?.name ?? (county ? inYear[0]?.county.name : inYear[0]?.helperUnit.name) ?? focusKey;
  const title = county ? `${name}：${year} 年结对帮扶方` : `${name}：${year} 年结对受援县`;
  return (
    <section aria-label={title}>
      <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{title}</h3>} extra={<Typography.Link onClick={onClose}>关闭</Typography.Link>}>
        {row ? (
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="销售额">{yuan(row.salesFen)}</Descriptions.Item>
            <Descriptions.Item label="订单数">{int(row.orderCount)}</Descriptions.Item>
            <Descriptions.Item label="购买单位数">{int(row.buyingUnits)}</Descriptions.Item>
            <Descriptions.Item label="带动脱贫户数">{int(row.linkedHouseholds)}</Descriptions.Item>
          </Descriptions>
        ) : loaded ? (
          <Alert type="info" showIcon title={`${year} 年无销售记录`} style={{ marginBottom: 12 }} />
        ) : null}
        {pairings.isFetching && !pairings.data ? (
          <Spin />
        ) : inYear.length === 0 ? (
          <Typography.Text type="secondary">{county ? '该年度无结对帮扶方' : '该年度无结对受援县'}</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {inYear.map((p) => (
              <li key={p.id} style={{ padding: '4px 0' }}>
                <Space wrap>
                  <span>{county ? p.helperUnit.name : `${p.county.name}（${p.county.code}）`}</span>
                  <Tag color={p.role === 'LEAD' ? 'orange' : 'blue'}>{p.role === 'LEAD' ? '结对' : '协助'}</Tag>
                  <Typography.Text type="secondary">
                    {day(p.validFrom)} 至 {p.validTo ? day(p.validTo) : '今'} · {p.source.title}
                  </Typography.Text>
                </Space>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
