/** A tiny one-at-a-time notice for cart actions, shown by <CartToast/> in the layout. */
export interface CartToastMessage {
  kind: 'ok' | 'error';
  text: string;
  id: number;
}

type Listener = () => void;
let current: CartToastMessage | null = null;
let seq = 0;
const listeners = new Set<Listener>();

export function showCartToast(msg: Omit<CartToastMessage, 'id'>): void {
  current = { ...msg, id: ++seq };
  listeners.forEach((l) => l());
}

export function dismissCartToast(): void {
  current = null;
  listeners.forEach((l) => l());
}

export const readCartToast = (): CartToastMessage | null => current;

export function subscribeCartToast(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
