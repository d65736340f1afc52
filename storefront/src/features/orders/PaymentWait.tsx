import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import type { Order } from './api';

/** After the cashier: waits for Alipay's notification, says what is happening, and offers 刷新. */
export function PaymentWait({ order, waiting, timedOut, onRefresh, refreshing }: {
  order: Order;
  waiting: boolean;
  timedOut: boolean;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  if (order.status !== 'PENDING_PAYMENT') {
    if (!order.paidAt) return null;
    return (
      <section className={styles.success} role="status" aria-live="polite">
        <h2>支付成功 · 已支付</h2>
        <p>已支付 {formatFen(order.payableFen)}，合作社将尽快发货。</p>
      </section>
    );
  }
  if (!waiting && !timedOut) return null;
  return (
    <section className={styles.notice} role="status" aria-live="polite">
      <h2>{timedOut ? '暂未收到支付结果' : '正在确认支付结果…'}</h2>
      <p>
        {timedOut
          ? '如果您已在支付宝完成付款，到账通知可能稍有延迟，请稍后点「刷新」。款项不会丢失：订单超时取消后到账的付款会原路退回。'
          : '支付宝的到账通知一般几秒内送达，本页会自动刷新，请不要重复付款。'}
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={onRefresh} disabled={refreshing}>{refreshing ? '正在刷新…' : '刷新'}</button>
      </div>
    </section>
  );
}
