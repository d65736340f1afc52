import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Image, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { AdmissionBanner } from '../profile/AdmissionBanner';
import { fileUrl } from '../shared/files';
import { CATEGORY, PRODUCT_STATUS, toOptions } from '../shared/labels';
import { formatYuan } from '../shared/money';
import { EnumTag } from '../shared/StatusTag';
import { useProducts, type ManagedProduct } from './api';
import { ShopVisibility } from './ShopVisibility';

const EVER_APPROVED: string[] = ['APPROVED', 'LISTED', 'UNLISTED'];

const priceRange = (p: ManagedProduct) => {
  const prices = p.skus.filter((s) => s.enabled).map((s) => s.priceFen);
  if (!prices.length) return '—';
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  return lo === hi ? formatYuan(lo) : `${formatYuan(lo)} – ${formatYuan(hi)}`;
};

/** 商品管理: the supplier's products with review status and whether they are on sale. */
export function ProductsPage() {
  const products = useProducts();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string>();
  const rows = (products.data ?? []).filter((p) => !status || p.status === status);

  return (
    <>
      <AdmissionBanner />
      <Card title="商品管理"
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/supplier/products/new')}>新建商品</Button>}>
        <Space style={{ marginBottom: 16 }}>
          状态
          <Select allowClear placeholder="全部" style={{ width: 140 }} value={status} onChange={setStatus} options={toOptions(PRODUCT_STATUS)} />
        </Space>
        {products.isError && <Alert type="error" showIcon title={errorMessage(products.error)} style={{ marginBottom: 16 }} />}
        <Table<ManagedProduct>
          rowKey="id"
          dataSource={rows}
          loading={products.isFetching}
          pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 件` }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: '商品',
              key: 'name',
              render: (_, p) => (
                <Space>
                  {p.images[0] ? <Image src={fileUrl(p.images[0])} width={40} height={40} style={{ objectFit: 'cover' }} preview={false} alt="" />
                    : <div style={{ width: 40, height: 40, background: '#f5f5f5' }} />}
                  <span>
                    <Link to={`/supplier/products/${p.id}`}>{p.name}</Link>
                    <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{CATEGORY[p.category] ?? p.category} · {p.county.name}</Typography.Text></div>
                  </span>
                </Space>
              ),
            },
            { title: '价格', key: 'price', render: (_, p) => priceRange(p) },
            { title: '库存', key: 'stock', align: 'right', render: (_, p) => p.skus.filter((s) => s.enabled).reduce((n, s) => n + s.stock, 0) },
            {
              title: '审核状态',
              key: 'status',
              render: (_, p) => (
                <Space size={4} wrap>
                  <EnumTag value={p.status} labels={PRODUCT_STATUS} title={p.rejectReason ?? undefined} />
                  {p.hasPendingChanges && EVER_APPROVED.includes(p.status) && <Tag color="processing">修改待审核</Tag>}
                  {p.rejectReason && p.status !== 'REJECTED' && <Tag color="red" title={p.rejectReason}>修改被驳回</Tag>}
                </Space>
              ),
            },
            { title: '是否在售', key: 'visible', width: 220, render: (_, p) => <ShopVisibility product={p} /> },
            { title: '更新时间', dataIndex: 'updatedAt', render: (s: string) => dayjs(s).format('YYYY-MM-DD HH:mm') },
            { title: '操作', key: 'actions', fixed: 'end', render: (_, p) => <Link to={`/supplier/products/${p.id}`}>管理</Link> },
          ]}
        />
      </Card>
    </>
  );
}
