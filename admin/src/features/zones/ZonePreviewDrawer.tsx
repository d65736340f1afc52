import { errorMessage } from '@bangfu/api-client';
import { Alert, Drawer, Empty, Table, Tag, Typography } from 'antd';
import { fenToYuan } from '../../lib/money';
import { CATEGORY_LABELS, CERTIFICATION_LABELS } from '../review/labels';
import { useZonePreview, type ZoneWithProducts } from './api';

type Product = ZoneWithProducts['products'][number];

/** What the zone shows in the shop today (only listed, visible products). */
export function ZonePreviewDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const zone = useZonePreview(id);
  const z = zone.data;
  return (
    <Drawer title={z ? `预览：${z.name}` : '专区预览'} open={!!id} onClose={onClose} size="large" destroyOnHidden>
      {zone.isError && <Alert type="error" showIcon title={errorMessage(zone.error)} />}
      {z && (
        <>
          <Typography.Paragraph type="secondary">
            {z.description || '（无简介）'} · 商城地址 <a href={`/zones/${z.slug}`} target="_blank" rel="noreferrer">/zones/{z.slug}</a>
            {!z.active && <Tag style={{ marginLeft: 8 }}>已下线，商城不展示</Tag>}
          </Typography.Paragraph>
          <Table<Product>
            rowKey="id"
            size="small"
            dataSource={z.products}
            loading={zone.isFetching}
            pagination={{ defaultPageSize: 20, showTotal: (n) => `当前展示 ${n} 个商品` }}
            locale={{ emptyText: <Empty description="当前没有符合条件的在售商品" /> }}
            columns={[
              { title: '商品', dataIndex: 'name' },
              { title: '产地县', key: 'county', render: (_, p) => p.county.name },
              { title: '类目', dataIndex: 'category', render: (c: string) => CATEGORY_LABELS[c] ?? c },
              { title: '认证', dataIndex: 'certifications', render: (cs: string[]) => cs.map((c) => <Tag key={c}>{CERTIFICATION_LABELS[c] ?? c}</Tag>) },
              { title: '最低价（元）', dataIndex: 'minPriceFen', align: 'right', render: (f: number) => fenToYuan(f) },
              { title: '供应商', key: 'supplier', render: (_, p) => p.supplier.name },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
