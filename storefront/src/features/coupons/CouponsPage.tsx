import { errorMessage } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { COUPON_STATUS_LABELS, useClaimCoupon, useMyCoupons } from './api';

/** /coupons — my union coupons (工会消费帮扶券) and claiming one with a campaign's code. */
export function CouponsPage() {
  const mine = useMyCoupons();
  const claim = useClaimCoupon();
  const [code, setCode] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const onClaim = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!code.trim()) return;
    claim.mutate(code.trim(), { onSuccess: (c) => { setDone(`已领取：${c.campaignName} ${formatFen(c.faceValueFen)}`); setCode(''); } });
  };

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>我的券包</h1>
      <section className={styles.card} aria-labelledby="claim-title">
        <h2 id="claim-title" className={styles.cardTitle}>领取工会消费帮扶券</h2>
        <form className={styles.inlineForm} onSubmit={onClaim}>
          <div className={styles.field}>
            <label htmlFor="claim-code">领取码</label>
            <input id="claim-code" value={code} onChange={(e) => setCode(e.target.value)} placeholder="如 SZZGH2026" autoCapitalize="characters" maxLength={32} />
          </div>
          <button type="submit" className={styles.primary} disabled={claim.isPending}>领取</button>
        </form>
        {claim.isError && <p role="alert" className={styles.alert}>{errorMessage(claim.error)}</p>}
        {done && <p role="status" className={styles.muted}>{done}</p>}
      </section>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <p role="alert" className={styles.alert}>{errorMessage(mine.error)}</p>
      ) : mine.data.items.length === 0 ? (
        <p className={styles.muted}>券包里还没有券。工会发放的券会按手机号自动到账，也可以用领取码领取。</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {mine.data.items.map((c) => (
            <li key={c.id} className={`${styles.card} ${styles.couponCard} ${c.status === 'AVAILABLE' ? '' : styles.couponCardOff}`}>
              <div className={styles.couponValue}>
                <strong>{formatFen(c.faceValueFen)}</strong>
                <span className={styles.muted}>满 {formatFen(c.minSpendFen)}</span>
              </div>
              <div>
                <strong>{c.campaignName}</strong> <span className={styles.muted}>· {COUPON_STATUS_LABELS[c.status]}</span>
                <p className={styles.muted} style={{ margin: '2px 0 0' }}>
                  {c.fundedBy}出资 · {c.validFrom} 至 {c.validTo}
                  <br />
                  {c.scope === 'ZONE' ? `限「${c.zone?.name ?? '指定专区'}」商品` : '全部消费帮扶认定商品可用'} · 券码 {c.code}
                </p>
                {c.status === 'USED' && c.orderId && <Link to={`/orders/${c.orderId}`}>查看订单</Link>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
