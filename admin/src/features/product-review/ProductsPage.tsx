import { errorMessage } from '@bangfu/api-client';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { CATEGORY_LABELS, dateTime, PRODUCT_STATUS } from '../review/labels';
import { LabelTag } from '../review/LabelTag';
import { useSupplierNames } from '../review/useSupplierNames';
import { useManagedProducts, useSweepExpired, type ManagedProduct, type ProductStatus } from './api';
import { ProductDrawer } from './ProductDrawer';

const STATUS_OPTIONS = Object.entries(PRODUCT_STATUS).map(([value, s]) => ({ value, label: s.label }));

/** 商品管理: every product by status, the operator's take-down and the certificate-expiry sweep. */
export function ProductsPage() {
  const [status, setStatus] = useState<ProductStatus | undefined>('LISTED');
  const products = useManagedProducts(status);
  const suppliers = useSupplierNames();
  const sweep = useSweepExpired();
  const { message } = App.useApp();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = products.data?.find((p) => p.id === openId) ?? null;

  const runSweep = () =>
    sweep.mutate(undefined, {
      onSuccess: (r) => message.success(r.unlisted ? `已下架 ${r.unlisted} 个认定过期的商品` : '没有认定过期的在售商品'),
      onError: (err) => message.error(errorMessage(err)),
    });

  return (
    <Card
      title="商品管理"
      extra={
        <Popconfirm title="立即执行过期下架？" description="下架所有消费帮扶产品认定已过期的在售商品（系统每小时自动执行）。"
          okText="执行" onConfirm={runSweep}>
          <Button loading={sweep.isPending}>执行认定过期下架</Button>
        </Popconfirm>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <span>状态</span>
        <Select<ProductStatus> allowClear placeholder="全部" style={{ width: 160 }} value={status} options={STATUS_OPTIONS}
          onChange={(v) => setStatus(v)} />
      </Space>
      {products.isError && <Alert type="error" showIcon title={errorMessage(products.error)} style={{ marginBottom: 16 }} />}
      <Table<ManagedProduct>
        rowKey="id"
        dataSource={products.data ?? []}
        loading={products.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 个商品` }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '商品', dataIndex: 'name' },
          { title: '供应商', dataIndex: 'supplierId', render: (id: string) => suppliers.get(id) ?? '—' },
          { title: '产地县', key: 'county', render: (_, p) => p.county.name },
          { title: '类目', dataIndex: 'category', render: (c: string) => CATEGORY_LABELS[c] ?? c },
          { title: '状态', dataIndex: 'status', render: (s: string) => <LabelTag value={s} map={PRODUCT_STATUS} /> },
          {
            title: '商城展示',
            key: 'visible',
            render: (_, p) => (p.visibleInShop ? '展示中' : <Typography.Text type="secondary">{p.notVisibleReason ?? '不展示'}</Typography.Text>),
          },
          { title: '更新时间', dataIndex: 'updatedAt', render: dateTime },
          {
            title: '操作',
            key: 'actions',
            render: (_, p) => (
              <Button type="link" size="small" onClick={() => setOpenId(p.id)}>{p.status === 'LISTED' ? '查看 / 下架' : '查看'}</Button>
            ),
          },
        ]}
      />
      <ProductDrawer product={open} supplierName={open ? suppliers.get(open.supplierId) : undefined} mode="manage"
        onClose={() => setOpenId(null)} />
    </Card>
  );
}
