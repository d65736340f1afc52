import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useSalesByCounty } from '../reports/api';
import { yuan } from '../reports/format';
import { thisYearPeriod } from '../reports/period';

/** The operator's home figures for this calendar year, each leading into the console. */
export function OperatorHeadlines() {
  const period = thisYearPeriod();
  const q = useSalesByCounty(period);
  const year = period.from.slice(0, 4);
  const total = q.data?.total;
  const counties = q.data?.items.filter((c) => c.salesFen > 0 || c.quantity > 0).length;
  const fig = (v: number | string | undefined) => (q.isError ? '—' : v);
  return (
    <Card title={`${year} 年消费帮扶概况`} extra={<Link to="/reports/dashboard">进入数据看板</Link>} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Link to="/reports/dashboard" aria-label="本年销售额，查看数据看板">
            <Statistic title="本年销售额" loading={q.isLoading} value={fig(total ? yuan(total.salesFen) : undefined)} />
          </Link>
        </Col>
        <Col xs={24} sm={8}>
          <Link to="/reports/dashboard" aria-label="本年订单数，查看数据看板">
            <Statistic title="本年订单数" loading={q.isLoading} value={fig(total?.orderCount)} />
          </Link>
        </Col>
        <Col xs={24} sm={8}>
          <Link to={`/reports/results?groupBy=county&year=${year}`} aria-label="覆盖受援县，查看帮扶成效">
            <Statistic title="覆盖受援县" loading={q.isLoading} value={fig(counties)} suffix="个" />
          </Link>
        </Col>
      </Row>
    </Card>
  );
}
