import { errorMessage } from '@bangfu/api-client';
import { LinkOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { openLabel, qrUrl, useBatch, type BatchDetail, type TraceEvent } from './api';
import { AppendEventModal } from './AppendEventModal';
import { InspectionTag } from './BatchesPage';
import { EventTimeline } from './EventTimeline';

/** One batch: its 合格证, inspection, QR code and label, and its event timeline. */
export function BatchDetailPage() {
  const { id = '' } = useParams();
  const batch = useBatch(id);
  const [appending, setAppending] = useState<{ corrects?: TraceEvent } | null>(null);
  const [printing, setPrinting] = useState(false);
  const { message } = App.useApp();

  if (batch.isPending) return <Spin />;
  if (batch.isError) return <Result status="error" title="加载失败" subTitle={errorMessage(batch.error)} extra={<Link to="/supplier/batches">返回批次列表</Link>} />;
  const b = batch.data;

  const print = () => {
    setPrinting(true);
    openLabel(b.id).catch((e) => message.error(errorMessage(e))).finally(() => setPrinting(false));
  };

  return (
    <>
      <Card title={<Space>批次 {b.batchNo}<InspectionTag passed={b.inspectionPassed} /></Space>} extra={<Link to="/supplier/batches">返回列表</Link>} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={17}>
            <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="商品">{b.productName}</Descriptions.Item>
              <Descriptions.Item label="采收/生产日期">{b.harvestDate}</Descriptions.Item>
              <Descriptions.Item label="数量">{b.quantity} {b.unit}</Descriptions.Item>
              <Descriptions.Item label="建立时间">{dayjs(b.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
              <Descriptions.Item label="追溯码" span={2}><Typography.Text code copyable>{b.traceCode}</Typography.Text></Descriptions.Item>
              <Descriptions.Item label="公开追溯页" span={2}>
                <a href={b.traceUrl} target="_blank" rel="noreferrer"><LinkOutlined /> {b.traceUrl}</a>
              </Descriptions.Item>
            </Descriptions>
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={print}>打印标签</Button>
              <Button icon={<PlusOutlined />} onClick={() => setAppending({})}>追加事件</Button>
            </Space>
          </Col>
          <Col xs={24} lg={7} style={{ textAlign: 'center' }}>
            <img src={qrUrl(b.traceCode)} alt={`追溯码 ${b.traceCode} 的二维码`} width={168} height={168} style={{ border: '1px solid #f0f0f0', padding: 8 }} />
            <div><Typography.Text type="secondary">扫码查看追溯信息</Typography.Text></div>
          </Col>
        </Row>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <CertificateCard batch={b} />
          <InspectionCard batch={b} />
        </Col>
        <Col xs={24} xl={12}>
          <Card title="追溯事件" extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setAppending({})}>追加事件</Button>}>
            <EventTimeline events={b.events} onCorrect={(e) => setAppending({ corrects: e })} />
          </Card>
        </Col>
      </Row>
      <AppendEventModal key={appending?.corrects?.id ?? (appending ? 'new' : 'closed')} batch={b} corrects={appending?.corrects}
        open={appending !== null} onClose={() => setAppending(null)} />
    </>
  );
}

function CertificateCard({ batch: { certificate: c } }: { batch: BatchDetail }) {
  return (
    <Card title="承诺达标合格证" style={{ marginBottom: 16 }} extra={c.selfTested && <Tag color="green">自检合格</Tag>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="食用农产品名称">{c.productName}</Descriptions.Item>
        <Descriptions.Item label="数量（重量）">{c.quantityText}</Descriptions.Item>
        <Descriptions.Item label="生产者">{c.producer}</Descriptions.Item>
        <Descriptions.Item label="产地">{c.origin}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{c.contactPhone}</Descriptions.Item>
        <Descriptions.Item label="开具日期">{c.issuedOn}</Descriptions.Item>
        <Descriptions.Item label="承诺">{c.promise}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function InspectionCard({ batch: { inspection: i } }: { batch: BatchDetail }) {
  return (
    <Card title="检测" style={{ marginBottom: 16 }}>
      {i ? (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="检测机构">{i.lab}</Descriptions.Item>
            <Descriptions.Item label="检测日期">{i.testedOn}</Descriptions.Item>
            <Descriptions.Item label="结论">{i.passed ? <Tag color="green">合格</Tag> : <Tag color="red">不合格</Tag>}</Descriptions.Item>
            <Descriptions.Item label="报告">{i.reportUrl ? <a href={i.reportUrl} target="_blank" rel="noreferrer">查看报告</a> : '—'}</Descriptions.Item>
          </Descriptions>
          <Table size="small" pagination={false} rowKey="name" dataSource={i.items}
            columns={[
              { title: '项目', dataIndex: 'name' },
              { title: '结果', dataIndex: 'result' },
              { title: '判定', dataIndex: 'passed', render: (p: boolean) => (p ? <Tag color="green">合格</Tag> : <Tag color="red">不合格</Tag>) },
            ]} />
        </>
      ) : (
        <Typography.Text type="secondary">本批次未登记检测</Typography.Text>
      )}
    </Card>
  );
}
