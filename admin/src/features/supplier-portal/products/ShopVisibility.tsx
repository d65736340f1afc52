import { Tag, Typography } from 'antd';
import type { ManagedProduct } from './api';

/** 是否在售: in the shop now, or why not. */
export function ShopVisibility({ product: p }: { product: Pick<ManagedProduct, 'visibleInShop' | 'notVisibleReason'> }) {
  if (p.visibleInShop) return <Tag color="green">在售</Tag>;
  return (
    <>
      <Tag>未在售</Tag>
      {p.notVisibleReason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.notVisibleReason}</Typography.Text>}
    </>
  );
}
