/**
 * The cart of a visitor who has not logged in, kept in localStorage (SKU, product and quantity only:
 * prices and names are read live from the product API). At login it is merged into the server cart
 * (POST /api/cart/merge) and emptied.
 */
export interface GuestLine {
  skuId: string;
  productId: string;
  quantity: number;
}

export const GUEST_CART_KEY = 'bangfu.storefront.guestCart';
export const MAX_LINE_QTY = 999;
export const MAX_GUEST_LINES = 100;

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: { raw: string | null; lines: GuestLine[] } = { raw: null, lines: [] };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function valid(l: unknown): l is GuestLine {
  const x = l as GuestLine;
  return !!x && typeof x.skuId === 'string' && typeof x.productId === 'string' && Number.isInteger(x.quantity) && x.quantity > 0;
}

/** The current lines (a stable array until the cart changes, as useSyncExternalStore needs). */
export function readGuestCart(): GuestLine[] {
  const raw = storage()?.getItem(GUEST_CART_KEY) ?? null;
  if (raw === cache.raw) return cache.lines;
  let lines: GuestLine[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) lines = parsed.filter(valid).map((l) => ({ skuId: l.skuId, productId: l.productId, quantity: Math.min(MAX_LINE_QTY, l.quantity) }));
  } catch {
    lines = [];
  }
  cache = { raw, lines };
  return lines;
}

function write(lines: GuestLine[]): void {
  const s = storage();
  if (!s) return;
  if (lines.length) s.setItem(GUEST_CART_KEY, JSON.stringify(lines));
  else s.removeItem(GUEST_CART_KEY);
  listeners.forEach((l) => l());
}

export function addGuestLine(line: GuestLine): void {
  const lines = readGuestCart();
  const existing = lines.find((l) => l.skuId === line.skuId);
  if (existing) {
    write(lines.map((l) => (l.skuId === line.skuId ? { ...l, quantity: Math.min(MAX_LINE_QTY, l.quantity + line.quantity) } : l)));
  } else {
    if (lines.length >= MAX_GUEST_LINES) throw new Error(`购物车最多 ${MAX_GUEST_LINES} 种商品`);
    write([...lines, { ...line, quantity: Math.min(MAX_LINE_QTY, line.quantity) }]);
  }
}

export function setGuestQuantity(skuId: string, quantity: number): void {
  write(readGuestCart().map((l) => (l.skuId === skuId ? { ...l, quantity: Math.max(1, Math.min(MAX_LINE_QTY, quantity)) } : l)));
}

export function removeGuestLine(skuId: string): void {
  write(readGuestCart().filter((l) => l.skuId !== skuId));
}

export function clearGuestCart(): void {
  write([]);
}

export function subscribeGuestCart(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === GUEST_CART_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
