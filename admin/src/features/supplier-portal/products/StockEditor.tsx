import { errorMessage } from '@bangfu/api-client';
import { App, Button, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useUpdateSku, type OwnSku } from './api';

/** Inline stock count; it takes effect at once, without review. */
export function StockEditor({ productId, sku }: { productId: string; sku: OwnSku }) {
  const [value, setValue] = useState<number | null>(sku.stock);
  const update = useUpdateSku(productId);
  const { message } = App.useApp();
  const dirty = value !== null && value !== sku.stock;
  const save = () =>
    value !== null &&
    update.mutate({ skuId: sku.id, body: { stock: value } }, {
      onSuccess: () => message.success(`库存已改为 ${value}，立即生效`),
      onError: (e) => message.error(errorMessage(e)),
    });
  return (
    <Space.Compact>
      <InputNumber min={0} max={10_000_000} precision={0} value={value} onChange={setValue} style={{ width: 110 }}
        onPressEnter={save} aria-label={`${sku.spec} 库存`} />
      <Button type={dirty ? 'primary' : 'default'} disabled={!dirty} loading={update.isPending} onClick={save}>保存</Button>
    </Space.Compact>
  );
}
