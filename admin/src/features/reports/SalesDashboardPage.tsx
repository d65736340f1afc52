import { DatePicker, Col, Row, Segmented, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  exportPath,
  reportPaths,
  useSalesByBuyerType,
  useSalesByCounty,
  useSalesByHelper,
  useSalesByMonth,
  useSalesByRegion,
  useSeasonal,
  useTopProducts,
  type BuyerTypeRow,
  type CountyRow,
  type HelperRow,
  type MonthRow,
  type Period,
  type ProductRow,
  type RegionLevel,
  type RegionRow,
} from './api';
import { Chart } from './charts/Chart';
import { barOption, monthOption, pieOption, seasonalOption } from './charts/options';
import { ExportButton } from './ExportButton';
import { int, yuan } from './format';
import { periodPresets, usePeriod } from './period';
import { ReportPanel } from './ReportPanel';
import { SalesTable } from './SalesTable';

const TOP_COUNTIES = 15;

/** Where a county's or helper unit's drill-down goes: its row in the results report of that year. */
export const countyLink = (code: string, year: string) => `/reports/results?groupBy=county&year=${year}&county=${encodeURIComponent(code)}`;
export const helperLink = (id: string, year: string) => `/reports/results?groupBy=helper&year=${year}&helper=${encodeURIComponent(id)}`;

/** 数据看板: the cooperation office's sales figures for any period. */
export function SalesDashboardPage() {
  const [period, setPeriod] = usePeriod();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>数据看板</Typography.Title>
        <label>
          <span style={{ marginRight: 8 }}>统计区间</span>
          <DatePicker.RangePicker
            aria-label="统计区间"
            allowClear={false}
            presets={periodPresets()}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(v) => v?.[0] && v[1] && setPeriod({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
          />
        </label>
      </Space>
      <MonthPanel period={period} />
      <CountyPanel period={period} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}><RegionPanel period={period} /></Col>
        <Col xs={24} xl={12}><BuyerTypePanel period={period} /></Col>
      </Row>
      <HelperPanel period={period} />
      <TopProductsPanel period={period} />
      <SeasonalPanel defaultYear={Number(period.from.slice(0, 4))} />
    </Space>
  );
}

const fileSuffix = (p: Period) => `${p.from}_${p.to}`;

function MonthPanel({ period }: { period: Period }) {
  const q = useSalesByMonth(period);
  const title = '按月销售';
  const rows = q.data?.items ?? [];
  const columns: TableColumnsType<MonthRow> = [{ title: '月份', dataIndex: 'month' }];
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.byMonth)} params={{ ...period }} filename={`按月销售_${fileSuffix(period)}.xlsx`} />}
      chart={<Chart label={`${title}：各月销售额柱状图与订单数折线图，${period.from} 至 ${period.to}，数据见下表`} option={monthOption(rows)} />}
    >
      <SalesTable caption={title} rowKey="month" columns={columns} rows={rows} total={q.data?.total} pageSize={12} />
    </ReportPanel>
  );
}

function CountyPanel({ period }: { period: Period }) {
  const q = useSalesByCounty(period);
  const navigate = useNavigate();
  const title = '按受援县销售';
  const year = period.from.slice(0, 4);
  const rows = q.data?.items ?? [];
  const top = [...rows].sort((a, b) => b.salesFen - a.salesFen).slice(0, TOP_COUNTIES);
  const columns: TableColumnsType<CountyRow> = [
    {
      title: '受援县',
      dataIndex: 'countyName',
      render: (name: string, r) => <Link to={countyLink(r.countyCode, year)} title={`查看${name}的帮扶成效`}>{name}</Link>,
    },
    { title: '地级市（州）', dataIndex: 'prefectureName' },
    { title: '省（区）', dataIndex: 'provinceName' },
  ];
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.byCounty)} params={{ ...period }} filename={`按县销售_${fileSuffix(period)}.xlsx`} />}
      chart={
        <Chart
          label={`${title}：销售额前 ${TOP_COUNTIES} 的受援县条形图，全部县见下表；点击条形查看该县帮扶成效`}
          height={Math.max(200, top.length * 26 + 40)}
          option={barOption(top.map((r) => ({ name: r.countyName, salesFen: r.salesFen })))}
          onClick={(e) => {
            const row = top[top.length - 1 - e.dataIndex];
            if (row) navigate(countyLink(row.countyCode, year));
          }}
        />
      }
    >
      <SalesTable caption={title} rowKey="countyCode" columns={columns} rows={rows} total={q.data?.total} labelSpan={3} />
    </ReportPanel>
  );
}

function RegionPanel({ period }: { period: Period }) {
  const [level, setLevel] = useState<RegionLevel>('PREFECTURE');
  const q = useSalesByRegion(period, level);
  const title = '按地区销售';
  const label = level === 'PROVINCE' ? '省（区）' : '地级市（州）';
  const rows = q.data?.items ?? [];
  const columns: TableColumnsType<RegionRow> = [{ title: label, dataIndex: 'name' }];
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      controls={
        <Segmented<RegionLevel>
          aria-label="汇总层级"
          value={level}
          onChange={setLevel}
          options={[{ label: '按地级市', value: 'PREFECTURE' }, { label: '按省', value: 'PROVINCE' }]}
        />
      }
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.byRegion)} params={{ ...period, level }} filename={`按地区销售_${fileSuffix(period)}.xlsx`} />}
      chart={<Chart label={`${title}：各${label}销售额条形图，数据见下表`} option={barOption(rows.slice(0, TOP_COUNTIES))} />}
    >
      <SalesTable caption={title} rowKey="code" columns={columns} rows={rows} total={q.data?.total} />
    </ReportPanel>
  );
}

function BuyerTypePanel({ period }: { period: Period }) {
  const q = useSalesByBuyerType(period);
  const title = '按购买方类型';
  const rows = q.data?.items ?? [];
  const columns: TableColumnsType<BuyerTypeRow> = [{ title: '购买方', dataIndex: 'label' }];
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.byBuyerType)} params={{ ...period }} filename={`按购买方销售_${fileSuffix(period)}.xlsx`} />}
      chart={<Chart label={`${title}：单位食堂、个人消费者、工会的销售额占比饼图，数据见下表`} option={pieOption(rows)} />}
    >
      <SalesTable caption={title} rowKey="buyerType" columns={columns} rows={rows} total={q.data?.total} />
    </ReportPanel>
  );
}

function HelperPanel({ period }: { period: Period }) {
  const q = useSalesByHelper(period);
  const navigate = useNavigate();
  const title = '按帮扶方销售';
  const year = period.from.slice(0, 4);
  const rows = q.data?.items ?? [];
  const top = [...rows].sort((a, b) => b.salesFen - a.salesFen).slice(0, TOP_COUNTIES);
  const columns: TableColumnsType<HelperRow> = [
    {
      title: '帮扶方',
      dataIndex: 'helperName',
      render: (name: string, r) =>
        r.helperUnitId ? <Link to={helperLink(r.helperUnitId, year)} title={`查看${name}结对的受援县`}>{name}</Link> : name,
    },
    { title: '所在城市', dataIndex: 'city', render: (c: string | null) => c ?? '—' },
  ];
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.byHelper)} params={{ ...period }} filename={`按帮扶方销售_${fileSuffix(period)}.xlsx`} />}
      chart={
        <Chart
          label={`${title}：按销售当日结对关系归属的东部帮扶方销售额条形图，数据见下表；点击条形查看其结对县`}
          height={Math.max(200, top.length * 26 + 40)}
          option={barOption(top.map((r) => ({ name: r.helperName, salesFen: r.salesFen })), '#2563eb')}
          onClick={(e) => {
            const row = top[top.length - 1 - e.dataIndex];
            if (row?.helperUnitId) navigate(helperLink(row.helperUnitId, year));
          }}
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        按销售当日与产地县有效的结对关系归属；「未结对」为当日无结对的销售。
      </Typography.Paragraph>
      <SalesTable caption={title} rowKey={(r) => r.helperUnitId ?? 'none'} columns={columns} rows={rows} total={q.data?.total} labelSpan={2} />
    </ReportPanel>
  );
}

function TopProductsPanel({ period }: { period: Period }) {
  const q = useTopProducts(period, 20);
  const title = '畅销商品';
  const columns: TableColumnsType<ProductRow> = [
    { title: '排名', dataIndex: 'rank', width: 64 },
    { title: '商品', dataIndex: 'productName' },
    { title: '产地县', dataIndex: 'countyName' },
  ];
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.topProducts)} params={{ ...period, limit: 20 }} filename={`畅销商品_${fileSuffix(period)}.xlsx`} />}
    >
      <SalesTable caption={title} rowKey="productId" columns={columns} rows={q.data?.items ?? []} pageSize={20} />
    </ReportPanel>
  );
}

function SeasonalPanel({ defaultYear }: { defaultYear: number }) {
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? defaultYear;
  const q = useSeasonal(year);
  const title = '季节销售';
  const seasons = q.data?.seasons ?? [];
  const thisYear = dayjs().year();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  // The season's name spans its months' rows.
  const rows = seasons.flatMap((s) => s.months.map((m, i) => ({ ...m, season: s.label, key: `${s.season}-${m.month}`, span: i === 0 ? s.months.length : 0 })));
  return (
    <ReportPanel
      title={title}
      loading={q.isFetching}
      error={q.error}
      controls={
        <Select<number>
          aria-label="季节年份"
          value={year}
          style={{ width: 110 }}
          onChange={setPicked}
          options={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: y, label: `${y} 年` }))}
        />
      }
      exportButton={<ExportButton title={title} path={exportPath(reportPaths.seasonal)} params={{ year }} filename={`季节销售_${year}.xlsx`} />}
      chart={<Chart label={`${title}：${year} 年芒果季（6–9月）与沙糖桔季（11月–次年2月）逐月销售额折线图，数据见下表`} option={seasonalOption(seasons)} />}
    >
      {q.data?.definition && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{q.data.definition}</Typography.Paragraph>}
      <Table
        aria-label={title}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '季节', dataIndex: 'season', onCell: (r) => ({ rowSpan: r.span }) },
          { title: '月份', dataIndex: 'month' },
          { title: '销售额', dataIndex: 'salesFen', align: 'right', render: (v: number) => yuan(v) },
          { title: '销量（件）', dataIndex: 'quantity', align: 'right', render: (v: number) => int(v) },
          { title: '订单数', dataIndex: 'orderCount', align: 'right', render: (v: number) => int(v) },
        ]}
      />
    </ReportPanel>
  );
}
