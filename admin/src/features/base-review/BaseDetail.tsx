import { Descriptions, Table, Tag, Typography } from 'antd';
import { BASE_CERT_LABELS, BASE_STATUS, BASE_TYPE_LABELS, dateTime } from '../review/labels';
import { LabelTag } from '../review/LabelTag';
import type { SupplyBase } from './api';

type Cert = SupplyBase['certifications'][number];

/** What a base review checks: location, type, area, products, certificates, soil and water tests. */
export function BaseDetail({ b, supplierName }: { b: SupplyBase; supplierName?: string }) {
  const map = `https://uri.amap.com/marker?position=${b.longitude},${b.latitude}&name=${encodeURIComponent(b.name)}&coordinate=wgs84`;
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="状态">
          <LabelTag value={b.status} map={BASE_STATUS} />
          {b.statusReason && <Typography.Text type="secondary">{b.statusReason}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="供应商">{supplierName ?? b.supplierId}</Descriptions.Item>
        <Descriptions.Item label="所在地">{b.countyName ?? b.countyCode} {b.township}</Descriptions.Item>
        <Descriptions.Item label="坐标（WGS-84）">
          {b.latitude.toFixed(6)}, {b.longitude.toFixed(6)}{' '}
          <a href={map} target="_blank" rel="noreferrer">在地图中查看</a>
        </Descriptions.Item>
        <Descriptions.Item label="类型">{BASE_TYPE_LABELS[b.baseType] ?? b.baseType}</Descriptions.Item>
        <Descriptions.Item label="面积">{b.areaMu} 亩</Descriptions.Item>
        <Descriptions.Item label="主要产品">{b.products.join('、')}</Descriptions.Item>
        <Descriptions.Item label="土壤检测">{b.soilTestedOn ?? '未检测'}</Descriptions.Item>
        <Descriptions.Item label="水质检测">{b.waterTestedOn ?? '未检测'}</Descriptions.Item>
        <Descriptions.Item label="检测时效">
          {b.testsCurrent ? <Tag color="green">两年内有效</Tag> : <Tag color="red">缺少或超过两年</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="最近审核">{dateTime(b.reviewedAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 24 }}>基地认证</Typography.Title>
      <Table<Cert>
        rowKey={(c) => `${c.type}-${c.number}`}
        size="small"
        pagination={false}
        dataSource={b.certifications}
        columns={[
          { title: '类型', dataIndex: 'type', render: (t: string) => BASE_CERT_LABELS[t] ?? t },
          { title: '编号', dataIndex: 'number' },
          { title: '有效期', key: 'v', render: (_, c) => <>{c.validFrom} 至 {c.validTo} {!c.current && <Tag color="red">不在有效期</Tag>}</> },
          { title: '证书文件', dataIndex: 'fileId', render: (f: string | null) => (f ? <a href={`/api/files/${f}`} target="_blank" rel="noreferrer">查看文件</a> : '—') },
        ]}
      />
    </>
  );
}
