import { Descriptions, Empty, Image, Space, Table, Tag, Timeline, Typography } from 'antd';
import { fenToYuan } from '../../lib/money';
import { CATEGORY_LABELS, dateTime, monthsText, PRODUCT_EVENT_LABELS, PRODUCT_STATUS, STORAGE_LABELS } from '../review/labels';
import { LabelTag } from '../review/LabelTag';
import { reviewKind, type ManagedProduct } from './api';
import { CertificateTable } from './CertificateTable';
import { ChangesTable } from './ChangesTable';

type Sku = ManagedProduct['skus'][number];

const Section = ({ title }: { title: string }) => <Typography.Title level={5} style={{ marginTop: 24 }}>{title}</Typography.Title>;

/** Everything an operator checks about a product: content, diff, SKUs in 元, certificates, history. */
export function ProductDetail({ p, supplierName, inQueue }: { p: ManagedProduct; supplierName?: string; inQueue?: boolean }) {
  const kind = reviewKind(p);
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="状态">
          <LabelTag value={p.status} map={PRODUCT_STATUS} />
          {inQueue && <Tag color={kind.color}>{kind.label}</Tag>}
          {!p.visibleInShop && p.notVisibleReason && <Typography.Text type="secondary">{p.notVisibleReason}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="供应商">{supplierName ?? p.supplierId}</Descriptions.Item>
        <Descriptions.Item label="类目">{CATEGORY_LABELS[p.category] ?? p.category}</Descriptions.Item>
        <Descriptions.Item label="产地县">{p.county.name}（{p.county.code}）</Descriptions.Item>
        <Descriptions.Item label="储存 / 冷链">{STORAGE_LABELS[p.storage] ?? p.storage} · {p.coldChain ? '冷链配送' : '非冷链'}</Descriptions.Item>
        <Descriptions.Item label="销售月份">{monthsText(p.saleMonths)}</Descriptions.Item>
        <Descriptions.Item label="描述">{p.description}</Descriptions.Item>
        {p.rejectReason && <Descriptions.Item label="驳回原因">{p.rejectReason}</Descriptions.Item>}
      </Descriptions>

      {p.images.length > 0 && (
        <Space wrap style={{ marginTop: 16 }}>
          {p.images.map((id) => <Image key={id} src={`/api/files/${id}`} width={96} height={96} style={{ objectFit: 'cover' }} />)}
        </Space>
      )}

      {p.status !== 'SUBMITTED' && p.changes.length > 0 && (
        <>
          <Section title="待审核的修改（与现行内容对比）" />
          <ChangesTable changes={p.changes} />
        </>
      )}

      <Section title="规格与价格" />
      <Table<Sku>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.skus}
        columns={[
          { title: '规格', dataIndex: 'spec' },
          { title: '单位', dataIndex: 'unit' },
          { title: '净含量', dataIndex: 'netWeightGrams', render: (g: number) => `${g} 克` },
          { title: '价格（元）', dataIndex: 'priceFen', align: 'right', render: (f: number) => fenToYuan(f) },
          { title: '库存', dataIndex: 'stock', align: 'right' },
          { title: '单位起订量', dataIndex: 'agencyMinQty', align: 'right' },
          { title: '在售', dataIndex: 'enabled', render: (e: boolean) => (e ? '是' : <Tag>停售</Tag>) },
        ]}
      />

      <Section title="证书" />
      {p.certifications.length ? <CertificateTable certs={p.certifications} /> : <Empty description="未上传证书" />}

      <Section title="审核与上架记录" />
      {p.history.length ? (
        <Timeline
          items={p.history.map((h) => ({
            content: (
              <>
                <div>{PRODUCT_EVENT_LABELS[h.type] ?? h.type} · {dateTime(h.at)}{h.actorName ? ` · ${h.actorName}` : ''}</div>
                {h.reason && <Typography.Text type="secondary">原因：{h.reason}</Typography.Text>}
              </>
            ),
          }))}
        />
      ) : (
        <Empty description="暂无记录" />
      )}
    </>
  );
}
