import { ApiError, errorMessage, unwrap } from '@bangfu/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../lib/api';
import { formatFen } from '../../lib/money';
import { cartQueryKey, useCart } from '../cart/api';
import { estimateDiscount, useMyCoupons, type Coupon } from '../coupons/api';
import { Loading } from '../misc/Loading';
import { startPayment, type CheckoutBody, type CheckoutResult } from '../orders/api';
import { AddressPicker } from './AddressPicker';
import type { Address } from './addresses';
import styles from './buy.module.css';
import { forgetIdempotencyKey, idempotencyKeyFor } from './idempotency';

/** Errors worth retrying with the same key: the order may or may not have been created. */
const retryable = (err: unknown) => !(err instanceof ApiError) || err.status >= 500;

/**
 * /checkout — address, union coupon, the co-ops' parts and totals, then 提交订单: the order is
 * created with an Idempotency-Key (kept while the same order is retried) and the buyer is sent to
 * the Alipay cashier. All amounts are the server's: the cart's live prices, and the order's totals.
 */
export function CheckoutPage() {
  const { mode, cart, isLoading, error } = useCart();
  const coupons = useMyCoupons(mode === 'server');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [address, setAddress] = useState<Address | null>(null);
  const [couponCode, setCouponCode] = useState<string | null | undefined>(undefined); // undefined: not chosen yet
  const [state, setState] = useState<{ phase: 'idle' | 'creating' | 'paying'; error?: string; order?: CheckoutResult }>({ phase: 'idle' });
  const onAddress = useCallback((a: Address | null) => setAddress(a), []);

  const lines = useMemo(() => (cart?.groups ?? []).flatMap((g) => g.lines.filter((l) => l.available)), [cart]);
  const groups = useMemo(() => (cart?.groups ?? []).map((g) => ({ ...g, lines: g.lines.filter((l) => l.available) })).filter((g) => g.lines.length), [cart]);
  const subtotal = cart?.totalFen ?? 0;
  const available = (coupons.data?.items ?? []).filter((c) => c.status === 'AVAILABLE');
  // Until the buyer chooses, pick the coupon that takes off most (scope ASSISTANCE covers every product the shop shows).
  const best = available
    .filter((c) => c.scope === 'ASSISTANCE')
    .map((c) => ({ c, d: estimateDiscount(c, subtotal) ?? 0 }))
    .sort((a, b) => b.d - a.d)[0];
  const chosenCode = couponCode === undefined ? (best && best.d > 0 ? best.c.code : null) : couponCode;
  const chosen = available.find((c) => c.code === chosenCode) ?? null;
  const discount = chosen ? (chosen.scope === 'ASSISTANCE' ? estimateDiscount(chosen, subtotal) ?? 0 : null) : 0;

  if (mode === 'guest') return <Loading />; // RequireAuth sends visitors to login
  if (mode === 'unsupported') {
    return (
      <section className={styles.empty}>
        <h1>结算</h1>
        <p>当前账号为单位采购账号，不能在商城个人下单。</p>
        <Link to="/me">返回我的</Link>
      </section>
    );
  }
  if (isLoading) return <Loading text="正在准备结算…" />;
  if (error) return <section className={styles.empty}><h1>结算</h1><p role="alert">{errorMessage(error)}</p></section>;
  if (!lines.length && !state.order) {
    return (
      <section className={styles.empty}>
        <h1>没有可结算的商品</h1>
        <p>购物车里没有可购买的商品。</p>
        <Link to="/cart">返回购物车</Link>
      </section>
    );
  }

  const submit = async () => {
    if (!address) return setState({ phase: 'idle', error: '请先选择或填写收货地址' });
    let order = state.order;
    if (!order) {
      const body: CheckoutBody = {
        items: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
        address: { name: address.name, phone: address.phone, region: address.region, detail: address.detail },
        ...(chosen ? { couponCode: chosen.code } : {}),
      };
      const key = idempotencyKeyFor(body);
      setState({ phase: 'creating' });
      try {
        order = await unwrap(api.POST('/api/orders', { params: { header: { 'Idempotency-Key': key } }, body }));
      } catch (err) {
        if (!retryable(err)) forgetIdempotencyKey();
        if (err instanceof ApiError && (err.code === 'OUT_OF_STOCK' || err.code === 'SKU_UNAVAILABLE')) void qc.invalidateQueries({ queryKey: cartQueryKey });
        return setState({ phase: 'idle', error: `${errorMessage(err)}${retryable(err) ? '。可以再次提交，不会重复下单。' : ''}` });
      }
      forgetIdempotencyKey();
      void qc.invalidateQueries({ queryKey: cartQueryKey });
      void qc.invalidateQueries({ queryKey: ['coupons'] });
    }
    setState({ phase: 'paying', order });
    try {
      window.location.assign(await startPayment(order.id));
    } catch (err) {
      // The order stands; paying again from its page is always possible.
      navigate(`/orders/${order.id}`, { replace: true, state: { payError: errorMessage(err) } });
    }
  };

  const busy = state.phase !== 'idle';
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>确认订单</h1>

      <section className={styles.card} aria-labelledby="co-address">
        <h2 id="co-address" className={styles.cardTitle}>收货地址</h2>
        <AddressPicker value={address} onChange={onAddress} />
      </section>

      <section className={styles.card} aria-labelledby="co-items">
        <h2 id="co-items" className={styles.cardTitle}>商品（{groups.length} 个合作社分别发货）</h2>
        {groups.map((g) => (
          <div key={g.supplier?.id} className={styles.part}>
            <h3 className={styles.partTitle}>{g.supplier?.name}</h3>
            <ul className={styles.items}>
              {g.lines.map((l) => (
                <li key={l.skuId}>
                  <span>{l.productName} · {l.spec}</span>
                  <span className={styles.muted}>{formatFen(l.priceFen ?? 0)} × {l.quantity}</span>
                  <strong>{formatFen(l.lineFen ?? 0)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {cart && cart.groups.some((g) => g.lines.some((l) => !l.available)) && (
          <p className={styles.muted}>购物车中暂不可购买的商品不会提交。</p>
        )}
      </section>

      <section className={styles.card} aria-labelledby="co-coupon">
        <h2 id="co-coupon" className={styles.cardTitle}>工会消费帮扶券</h2>
        {coupons.isPending ? (
          <p className={styles.muted}>正在读取券包…</p>
        ) : available.length === 0 ? (
          <p className={styles.muted}>暂无可用的券。<Link to="/coupons">去券包领取</Link></p>
        ) : (
          <div role="radiogroup" aria-label="选择工会券" className={styles.options}>
            <label className={!chosen ? styles.optionOn : styles.option}>
              <input type="radio" name="coupon" checked={!chosen} onChange={() => setCouponCode(null)} /> 不使用工会券
            </label>
            {available.map((c) => (
              <CouponOption key={c.id} coupon={c} subtotal={subtotal} checked={chosen?.code === c.code} onChoose={() => setCouponCode(c.code)} />
            ))}
          </div>
        )}
      </section>

      <section className={styles.card} aria-labelledby="co-total">
        <h2 id="co-total" className={styles.cardTitle}>金额</h2>
        <dl className={styles.sums}>
          <dt>商品金额</dt>
          <dd>{formatFen(subtotal)}</dd>
          <dt>工会券优惠</dt>
          <dd>{discount === null ? '提交后计算' : `-${formatFen(discount)}`}</dd>
          <dt>运费</dt>
          <dd>包邮</dd>
        </dl>
        <p className={styles.muted}>价格为商品当前售价，最终金额以提交订单时服务器计算为准。</p>
      </section>

      {state.error && <p role="alert" className={styles.alert}>{state.error}</p>}
      <div className={styles.submitBar}>
        <div>
          应付 <strong className={styles.payable} data-testid="checkout-payable">{discount === null ? '—' : formatFen(Math.max(1, subtotal - discount))}</strong>
        </div>
        <button type="button" className={styles.submit} onClick={submit} disabled={busy || !address}>
          {state.phase === 'creating' ? '正在提交…' : state.phase === 'paying' ? '正在前往支付宝…' : state.order ? '前往支付' : '提交订单'}
        </button>
      </div>
    </div>
  );
}

function CouponOption({ coupon: c, subtotal, checked, onChoose }: { coupon: Coupon; subtotal: number; checked: boolean; onChoose: () => void }) {
  const est = c.scope === 'ASSISTANCE' ? estimateDiscount(c, subtotal) : null;
  const short = c.scope === 'ASSISTANCE' && est === null ? `还差 ${formatFen(c.minSpendFen - subtotal)} 可用` : null;
  return (
    <label className={checked ? styles.optionOn : styles.option}>
      <input type="radio" name="coupon" checked={checked} disabled={!!short} onChange={onChoose} aria-describedby={`coupon-${c.id}-desc`} />
      <span>
        <strong>{c.campaignName}</strong> <span className={styles.couponFace}>{formatFen(c.faceValueFen)}</span>
        <br />
        <span id={`coupon-${c.id}-desc`} className={styles.muted}>
          满 {formatFen(c.minSpendFen)} 可用 · {c.fundedBy}出资 · 有效期至 {c.validTo}
          {c.scope === 'ZONE' && ` · 仅限「${c.zone?.name ?? '指定专区'}」商品，以提交结果为准`}
          {short && ` · ${short}`}
        </span>
      </span>
    </label>
  );
}
