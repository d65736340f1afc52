import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../shared/money';
import type { AllowedActions } from './actions';
import { useUpdateSku, type ManagedProduct, type OwnSku } from './api';
import { SkuModal } from './SkuModal';
import { StockEditor } from './StockEditor';

/** The proposed price of a SKU awaiting review (the diff names SKUs by spec), or null. */
function pendingPrice(product: ManagedProduct, sku: OwnSku): number | null {
  const change = product.changes.find((c) => c.field === `skus.${sku.spec}.priceFen`);
  const to = change ? Number(change.to) : NaN;
  return Number.isSafeInteger(to) ? to : null;
}

/** SKUs with inline stock (立即生效), taking a SKU off sale (immediate), and reviewed edits. */
export function SkuTable({ product, allowed }: { product: ManagedProduct; allowed: AllowedActions }) {
  const [editing, setEditing] = useState<OwnSku | 'new' | null>(null);
  const toggle = useUpdateSku(product.id);
  const { message } = App.useApp();

  const setEnabled = (sku: OwnSku, enabled: boolean) =>
    toggle.mutate({ skuId: sku.id, body: { enabled } }, {
      onSuccess: () => message.success(enabled ? (allowed.editsNeedReview ? '恢复在售已提交审核' : '已恢复在售') : '已停售，立即生效'),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <>
      <Table<OwnSku>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={product.skus}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '规格', dataIndex: 'spec' },
          { title: '单位', dataIndex: 'unit' },
          { title: '净含量', dataIndex: 'netWeightGrams', render: (g: number) => (g >= 1000 ? `${g / 1000} 千克` : `${g} 克`) },
          {
            title: '价格',
            key: 'price',
            align: 'right',
            render: (_, s) => {
              const next = pendingPrice(product, s);
              return (
                <>
                  {formatYuan(s.priceFen)}
                  {next !== null && <div><Typography.Text type="warning" style={{ fontSize: 12 }}>待审核：{formatYuan(next)}</Typography.Text></div>}
                </>
              );
            },
          },
          { title: '单位起订量', dataIndex: 'agencyMinQty', align: 'right' },
          {
            title: <>库存 <Typography.Text type="secondary" style={{ fontSize: 12 }}>（修改立即生效）</Typography.Text></>,
            key: 'stock',
            render: (_, s) => <StockEditor key={s.stock} productId={product.id} sku={s} />,
          },
          { title: '状态', dataIndex: 'enabled', render: (e: boolean) => (e ? <Tag color="green">在售</Tag> : <Tag>停售</Tag>) },
          {
            title: '操作',
            key: 'actions',
            fixed: 'end',
            render: (_, s) => allowed.edit && (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(s)}>编辑</Button>
                {s.enabled ? (
                  <Popconfirm title="停售该规格？立即生效" onConfirm={() => setEnabled(s, false)} okText="停售" cancelText="取消">
                    <Button type="link" size="small" danger>停售</Button>
                  </Popconfirm>
                ) : (
                  <Button type="link" size="small" onClick={() => setEnabled(s, true)}>
                    {allowed.editsNeedReview ? '申请恢复在售' : '恢复在售'}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {allowed.edit && (
        <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => setEditing('new')}>添加规格</Button>
      )}
      <SkuModal key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id} productId={product.id}
        sku={editing && editing !== 'new' ? editing : undefined} needsReview={allowed.editsNeedReview}
        open={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
