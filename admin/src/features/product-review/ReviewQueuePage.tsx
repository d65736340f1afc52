import { errorMessage } from '@bangfu/api-client';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { fenToYuan } from '../../lib/money';
import { CATEGORY_LABELS, dateTime } from '../review/labels';
import { useSupplierNames } from '../review/useSupplierNames';
import { reviewKind, useReviewQueue, type ManagedProduct } from './api';
import { ProductDrawer } from './ProductDrawer';

const priceRange = (p: ManagedProduct) => {
  const prices = p.skus.filter((s) => s.enabled).map((s) => s.priceFen);
  if (!prices.length) return '—';
  const [lo, hi] = [Math.min(...prices), Math.max(...prices)];
  return lo === hi ? fenToYuan(lo) : `${fenToYuan(lo)}–${fenToYuan(hi)}`;
};

/** 商品审核: first submissions, changes of approved products and new certificates, oldest first. */
export function ReviewQueuePage() {
  const queue = useReviewQueue();
  const suppliers = useSupplierNames();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = queue.data?.find((p) => p.id === openId) ?? null;

  return (
    <Card title="商品审核">
      {queue.isError && <Alert type="error" showIcon title={errorMessage(queue.error)} style={{ marginBottom: 16 }} />}
      <Table<ManagedProduct>
        rowKey="id"
        dataSource={queue.data ?? []}
        loading={queue.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `待审核 ${n} 项` }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '商品', dataIndex: 'name' },
          { title: '审核类型', key: 'kind', render: (_, p) => <Tag color={reviewKind(p).color}>{reviewKind(p).label}</Tag> },
          { title: '供应商', dataIndex: 'supplierId', render: (id: string) => suppliers.get(id) ?? '—' },
          { title: '产地县', key: 'county', render: (_, p) => p.county.name },
          { title: '类目', dataIndex: 'category', render: (c: string) => CATEGORY_LABELS[c] ?? c },
          { title: '价格（元）', key: 'price', render: (_, p) => priceRange(p) },
          { title: '修改项', key: 'changes', render: (_, p) => (p.changes.length ? `${p.changes.length} 项` : '—') },
          { title: '更新时间', dataIndex: 'updatedAt', render: dateTime },
          {
            title: '操作',
            key: 'actions',
            render: (_, p) => <Button type="link" size="small" onClick={() => setOpenId(p.id)}>审核</Button>,
          },
        ]}
      />
      <ProductDrawer product={open} supplierName={open ? suppliers.get(open.supplierId) : undefined} mode="review"
        onClose={() => setOpenId(null)} />
    </Card>
  );
}
