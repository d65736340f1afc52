import { NavIcon } from '../layout/NavIcon';
import { useCartCount } from './api';
import styles from './toast.module.css';

/** The tab bar's cart icon with the number of lines in the cart. */
export function CartTabIcon() {
  const n = useCartCount();
  return (
    <span className={styles.iconWrap}>
      <NavIcon name="cart" />
      {n > 0 && <span className={styles.badge} aria-hidden="true" data-testid="cart-count">{n > 99 ? '99+' : n}</span>}
    </span>
  );
}
