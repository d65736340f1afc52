import { errorMessage } from '@bangfu/api-client';
import { Link } from 'react-router-dom';
import type { useAddToCart } from './api';

/** The line under 加入购物车 on the product page: done (with a way to the cart) or why not. */
export function AddToCartMessage({ mutation }: { mutation: ReturnType<typeof useAddToCart> }) {
  if (mutation.isSuccess) return <>已加入购物车 · <Link to="/cart">去购物车结算</Link></>;
  if (mutation.isError) return <span style={{ color: 'var(--color-danger)' }}>{errorMessage(mutation.error)}</span>;
  return null;
}
