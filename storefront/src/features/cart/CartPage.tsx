import { errorMessage } from '@bangfu/api-client';
import { Link, useNavigate } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import { Loading } from '../misc/Loading';
import { useCart } from './api';
import styles from './cart.module.css';
import { CartGroups } from './CartView';

/** /cart — the browser's cart for visitors, the server's for citizens; totals as the server computes them. */
export function CartPage() {
  const { mode, cart, isLoading, error, setQuantity, remove, pending, mutationError } = useCart();
  const navigate = useNavigate();

  if (mode === 'unsupported') {
    return (
      <section className={styles.empty}>
        <h1>购物车</h1>
        <p>当前账号为单位采购账号，购物车与个人下单仅面向个人用户。单位食堂采购请从「我的」进入单位采购。</p>
        <Link to="/me">前往我的</Link>
      </section>
    );
  }
  if (isLoading) return <Loading text="正在加载购物车…" />;
  if (error) return <section className={styles.empty}><h1>购物车</h1><p role="alert">{errorMessage(error)}</p></section>;
  if (!cart || cart.lineCount === 0) {
    return (
      <section className={styles.empty}>
        <h1>购物车是空的</h1>
        <p>去看看来自结对帮扶县的当季好物吧。</p>
        <Link to="/categories" className={styles.primaryLink}>去逛逛</Link>
      </section>
    );
  }
  const buyable = cart.groups.reduce((n, g) => n + g.lines.filter((l) => l.available).length, 0);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>购物车 <small>（{cart.lineCount} 种商品）</small></h1>
      {mode === 'guest' && <p className={styles.hint}>您尚未登录，购物车暂存在本机；登录后会自动合并到您的账户。</p>}
      {mutationError != null && <p role="alert" className={styles.alert}>{errorMessage(mutationError)}</p>}
      <CartGroups cart={cart} onQuantity={setQuantity} onRemove={remove} busy={pending} />
      <div className={styles.checkoutBar}>
        <div>
          <span className={styles.totalLabel}>合计</span>
          <strong className={styles.total} data-testid="cart-total">{formatFen(cart.totalFen)}</strong>
          <p className={styles.totalNote}>不含工会券优惠，结算时计算</p>
        </div>
        <button type="button" className={styles.checkoutButton} disabled={buyable === 0} onClick={() => navigate('/checkout')}>
          去结算{buyable ? `（${buyable}）` : ''}
        </button>
      </div>
    </div>
  );
}
