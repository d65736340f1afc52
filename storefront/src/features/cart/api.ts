import { ApiError, unwrap, useAuth, useToken, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { api } from '../../lib/api';
import type { ProductDetail } from '../products/api';
import { addGuestLine, readGuestCart, removeGuestLine, setGuestQuantity, subscribeGuestCart, type GuestLine } from './guestCart';

export type CartView = ResponseOf<'/api/cart', 'get'>;
export type CartGroup = CartView['groups'][number];
export type CartLine = CartGroup['lines'][number];

export const cartQueryKey = ['cart'] as const;

/**
 * Whose cart this is: a visitor's (browser), a citizen's (server), or an account that orders through
 * another channel (canteen buyers, staff) and has no shop cart.
 */
export type CartMode = 'loading' | 'guest' | 'server' | 'unsupported';

export function useCartMode(): CartMode {
  const token = useToken();
  const { user, isLoading } = useAuth();
  if (!token) return 'guest';
  if (isLoading || user === undefined) return 'loading';
  if (!user) return 'guest';
  return user.roles.includes('CITIZEN') ? 'server' : 'unsupported';
}

export function useGuestLines(): GuestLine[] {
  return useSyncExternalStore(subscribeGuestCart, readGuestCart, () => []);
}

/** Builds the server's cart shape from the guest lines and live product data (prices never stored). */
export function guestCartView(lines: GuestLine[], products: Map<string, ProductDetail>): CartView {
  const groups = new Map<string, CartGroup>();
  for (const l of lines) {
    const p = products.get(l.productId);
    const sku = p?.skus.find((s) => s.id === l.skuId);
    const reason = !p || !sku ? '商品已下架' : sku.stock < l.quantity ? (sku.stock === 0 ? '已售罄' : `库存仅剩 ${sku.stock}`) : null;
    const line: CartLine = {
      skuId: l.skuId,
      quantity: l.quantity,
      productId: l.productId,
      productName: p?.name ?? null,
      spec: sku?.name ?? null,
      unit: sku?.unit ?? null,
      coverUrl: p?.imageUrls[0] ?? null,
      priceFen: sku?.priceFen ?? null,
      lineFen: sku ? sku.priceFen * l.quantity : null,
      stock: sku?.stock ?? null,
      available: reason === null,
      unavailableReason: reason,
    };
    const key = p?.supplier.id ?? '';
    const g = groups.get(key) ?? { supplier: p ? { id: p.supplier.id, name: p.supplier.name } : null, lines: [], subtotalFen: 0 };
    g.lines.push(line);
    if (line.available) g.subtotalFen += line.lineFen!;
    groups.set(key, g);
  }
  const all = [...groups.values()];
  return { groups: all, totalFen: all.reduce((s, g) => s + g.subtotalFen, 0), lineCount: lines.length };
}

export interface CartModel {
  mode: CartMode;
  cart: CartView | undefined;
  isLoading: boolean;
  error: unknown;
  /** Guest lines still waiting to be merged into the server cart after login. */
  merging: boolean;
  setQuantity: (skuId: string, quantity: number) => void;
  remove: (skuId: string) => void;
  pending: boolean;
  mutationError: unknown;
}

/** The cart, wherever it lives; totals come from the server (or live product prices for a guest). */
export function useCart(): CartModel {
  const mode = useCartMode();
  const qc = useQueryClient();
  const guest = useGuestLines();
  const server = useQuery({
    queryKey: cartQueryKey,
    queryFn: () => unwrap(api.GET('/api/cart')),
    enabled: mode === 'server',
  });
  const productIds = useMemo(() => (mode === 'guest' ? [...new Set(guest.map((l) => l.productId))] : []), [mode, guest]);
  const products = useQueries({
    queries: productIds.map((id) => ({
      queryKey: ['shop', 'product', id],
      queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id } } })),
      retry: (n: number, err: unknown) => !(err instanceof ApiError && err.status < 500) && n < 2,
    })),
  });
  const productsLoading = products.some((p) => p.isPending);
  const guestView =
    mode === 'guest' && !productsLoading
      ? guestCartView(guest, new Map(products.map((p) => p.data).filter((p): p is ProductDetail => !!p).map((p) => [p.id, p])))
      : undefined;

  const update = useMutation({
    mutationFn: async (v: { skuId: string; quantity: number | null }) =>
      v.quantity === null
        ? unwrap(api.DELETE('/api/cart/items/{skuId}', { params: { path: { skuId: v.skuId } } }))
        : unwrap(api.PATCH('/api/cart/items/{skuId}', { params: { path: { skuId: v.skuId } }, body: { quantity: v.quantity } })),
    onSuccess: (cart) => qc.setQueryData(cartQueryKey, cart),
  });

  const setQuantity = useCallback(
    (skuId: string, quantity: number) => (mode === 'guest' ? setGuestQuantity(skuId, quantity) : update.mutate({ skuId, quantity })),
    [mode, update],
  );
  const remove = useCallback((skuId: string) => (mode === 'guest' ? removeGuestLine(skuId) : update.mutate({ skuId, quantity: null })), [mode, update]);

  const merging = mode === 'server' && guest.length > 0;
  return {
    mode,
    cart: mode === 'guest' ? guestView : mode === 'server' && !merging ? server.data : undefined,
    isLoading: mode === 'loading' || merging || (mode === 'server' ? server.isPending : mode === 'guest' ? productsLoading : false),
    error: mode === 'server' ? server.error : null,
    merging,
    setQuantity,
    remove,
    pending: update.isPending,
    mutationError: update.error,
  };
}

/**
 * Adds a SKU to the cart: the browser's for a visitor, the server's for a citizen. The product page
 * passes it to the SKU picker as `onAddToCart`.
 */
export function useAddToCart() {
  const mode = useCartMode();
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: async (v: { skuId: string; productId: string; quantity: number }) => {
      if (mode === 'unsupported') throw new Error('当前账号为单位采购账号，请通过单位采购入口下单');
      if (mode === 'guest' || mode === 'loading') {
        addGuestLine({ skuId: v.skuId, productId: v.productId, quantity: v.quantity });
        return null;
      }
      return unwrap(api.POST('/api/cart/items', { body: { skuId: v.skuId, quantity: v.quantity } }));
    },
    onSuccess: (cart) => {
      if (cart) qc.setQueryData(cartQueryKey, cart);
    },
  });
  return mutation;
}

/** Number of lines, for the tab-bar badge. */
export function useCartCount(): number {
  const mode = useCartMode();
  const guest = useGuestLines();
  const server = useQuery({ queryKey: cartQueryKey, queryFn: () => unwrap(api.GET('/api/cart')), enabled: mode === 'server' });
  return mode === 'guest' ? guest.length : mode === 'server' ? (server.data?.lineCount ?? 0) : 0;
}
