import { errorMessage, unwrap } from '@bangfu/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { cartQueryKey, useCartMode, useGuestLines } from './api';
import styles from './toast.module.css';
import { clearGuestCart, readGuestCart } from './guestCart';
import { dismissCartToast, readCartToast, showCartToast, subscribeCartToast } from './toast';

let inFlight: Promise<void> | null = null;

/** After login, moves the visitor's browser cart into the citizen's server cart (once). */
export function CartSync() {
  const mode = useCartMode();
  const guest = useGuestLines();
  const qc = useQueryClient();
  useEffect(() => {
    if (mode !== 'server' || guest.length === 0 || inFlight) return;
    const items = readGuestCart().map((l) => ({ skuId: l.skuId, quantity: l.quantity }));
    inFlight = unwrap(api.POST('/api/cart/merge', { body: { items } }))
      .then((cart) => {
        qc.setQueryData(cartQueryKey, cart);
        clearGuestCart();
      })
      .catch((err) => {
        showCartToast({ kind: 'error', text: `合并购物车失败：${errorMessage(err)}` });
        clearGuestCart(); // never block the cart on a guest line the server refuses
      })
      .finally(() => {
        inFlight = null;
      });
  }, [mode, guest, qc]);
  return null;
}

/** The notice after 加入购物车 (polite live region; disappears by itself). */
export function CartToast() {
  const msg = useSyncExternalStore(subscribeCartToast, readCartToast, () => null);
  useEffect(() => {
    if (!msg) return;
    const t = window.setTimeout(dismissCartToast, 4000);
    return () => window.clearTimeout(t);
  }, [msg]);
  return (
    <div className={styles.toastRegion} role="status" aria-live="polite">
      {msg && (
        <div key={msg.id} className={msg.kind === 'ok' ? styles.toast : styles.toastError}>
          <span>{msg.text}</span>
          {msg.kind === 'ok' && <Link to="/cart" onClick={dismissCartToast}>去购物车</Link>}
        </div>
      )}
    </div>
  );
}
