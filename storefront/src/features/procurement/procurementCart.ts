import { useCallback, useSyncExternalStore } from 'react';

/**
 * A canteen buyer's procurement cart (采购单草稿), kept in localStorage per user and apart from the
 * citizen cart: bulk quantities against agency minimums, never merged into the shop cart. Names and
 * prices are a snapshot for display only; the server prices the order when it is submitted.
 */
export interface ProcurementCartLine {
  skuId: string;
  productId: string;
  productName: string;
  spec: string;
  unit: string;
  priceFen: number;
  agencyMinQty: number;
  supplierId: string;
  supplierName: string;
  quantity: number;
}

/** The server's per-line ceiling (MAX_PROCUREMENT_QTY). */
export const MAX_PROCUREMENT_QTY = 99_999;
export const MAX_PROCUREMENT_LINES = 100;
export const cartStorageKey = (userId: string) => `bangfu.storefront.procurementCart.${userId}`;

type Listener = () => void;
const listeners = new Set<Listener>();
const cache = new Map<string, { raw: string | null; lines: ProcurementCartLine[] }>();
const EMPTY: ProcurementCartLine[] = [];

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function valid(l: unknown): l is ProcurementCartLine {
  const x = l as ProcurementCartLine;
  return !!x && typeof x.skuId === 'string' && typeof x.productId === 'string' && typeof x.productName === 'string' && Number.isInteger(x.quantity) && x.quantity > 0
    && Number.isInteger(x.agencyMinQty) && Number.isInteger(x.priceFen);
}

/** The user's lines (a stable array until they change, as useSyncExternalStore needs). */
export function readProcurementCart(userId: string): ProcurementCartLine[] {
  const key = cartStorageKey(userId);
  const raw = storage()?.getItem(key) ?? null;
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.lines;
  let lines: ProcurementCartLine[] = EMPTY;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) lines = parsed.filter(valid);
  } catch {
    lines = EMPTY;
  }
  cache.set(key, { raw, lines });
  return lines;
}

function write(userId: string, lines: ProcurementCartLine[]): void {
  const s = storage();
  if (!s) return;
  if (lines.length) s.setItem(cartStorageKey(userId), JSON.stringify(lines));
  else s.removeItem(cartStorageKey(userId));
  listeners.forEach((l) => l());
}

/** Adds a SKU at its agency minimum (or raises an existing line to at least that). */
export function addProcurementLine(userId: string, line: Omit<ProcurementCartLine, 'quantity'> & { quantity?: number }): void {
  const lines = readProcurementCart(userId);
  const quantity = Math.max(line.agencyMinQty, line.quantity ?? line.agencyMinQty);
  const existing = lines.find((l) => l.skuId === line.skuId);
  if (existing) write(userId, lines.map((l) => (l.skuId === line.skuId ? { ...l, quantity: Math.max(l.quantity, quantity) } : l)));
  else if (lines.length < MAX_PROCUREMENT_LINES) write(userId, [...lines, { ...line, quantity }]);
}

export function setProcurementQty(userId: string, skuId: string, quantity: number): void {
  const q = Math.min(MAX_PROCUREMENT_QTY, Math.max(1, Math.floor(quantity) || 1));
  write(userId, readProcurementCart(userId).map((l) => (l.skuId === skuId ? { ...l, quantity: q } : l)));
}

export function removeProcurementLine(userId: string, skuId: string): void {
  write(userId, readProcurementCart(userId).filter((l) => l.skuId !== skuId));
}

export function clearProcurementCart(userId: string): void {
  write(userId, []);
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key?.startsWith('bangfu.storefront.procurementCart.') && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useProcurementCart(userId: string) {
  const lines = useSyncExternalStore(subscribe, () => readProcurementCart(userId), () => EMPTY);
  return {
    lines,
    add: useCallback((l: Parameters<typeof addProcurementLine>[1]) => addProcurementLine(userId, l), [userId]),
    setQty: useCallback((skuId: string, q: number) => setProcurementQty(userId, skuId, q), [userId]),
    remove: useCallback((skuId: string) => removeProcurementLine(userId, skuId), [userId]),
    clear: useCallback(() => clearProcurementCart(userId), [userId]),
  };
}

/** Below the SKU's agency minimum (or not a whole positive number). */
export const belowMinimum = (l: Pick<ProcurementCartLine, 'quantity' | 'agencyMinQty'>) => !Number.isInteger(l.quantity) || l.quantity < l.agencyMinQty;
