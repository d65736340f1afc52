import { errorMessage } from '@bangfu/api-client';
import { Link, useParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { PlaceholderPage } from '../misc/PlaceholderPage';
import { AgreementOrderForm } from './AgreementOrderForm';
import { useAgency, useAgreement } from './api';
import { BuyerGate } from './BuyerGate';
import own from './procurement.module.css';
import { StandingOrders } from './StandingOrders';

/** /procurement/agreements/:id — agreed prices, an order at them, and the standing weekly orders. */
export function AgreementDetailPage() {
  return <BuyerGate>{({ agencyId }) => <Detail agencyId={agencyId} />}</BuyerGate>;
}

function Detail({ agencyId }: { agencyId: string }) {
  const { id } = useParams();
  const agreement = useAgreement(agencyId, id);
  const agency = useAgency(agencyId);
  if (agreement.isPending || agency.isPending) return <Loading />;
  if (agreement.isError) {
    const s = (agreement.error as { status?: number }).status;
    return s === 404 ? <PlaceholderPage title="协议不存在" text="该协议不存在，或不属于本单位。" /> : <PlaceholderPage title="加载失败" text={errorMessage(agreement.error)} />;
  }
  const a = agreement.data;
  const canteens = agency.data?.canteens ?? [];
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{a.title}</h1>
      <section className={styles.card} aria-labelledby="ag-summary">
        <h2 id="ag-summary" className={styles.cardTitle}>{a.supplierName}</h2>
        <dl className={styles.kv}>
          <dt>状态</dt>
          <dd>{a.statusLabel}{a.expired && '（已过有效期）'}</dd>
          <dt>有效期</dt>
          <dd>{a.validFrom} 至 {a.validTo}</dd>
          {a.note && (
            <>
              <dt>说明</dt>
              <dd>{a.note}</dd>
            </>
          )}
        </dl>
        <ul className={own.lines} aria-label="协议商品与协议价">
          {a.lines.map((l) => (
            <li key={l.skuId} className={own.line}>
              <div className={own.lineHead}>
                <span><strong>{l.productName}</strong> {l.spec}</span>
                <span>
                  {l.priceFen < l.shopPriceFen && <s className={own.struck} aria-label={`商城价 ${formatFen(l.shopPriceFen)}`}>{formatFen(l.shopPriceFen)}</s>}
                  协议价 {formatFen(l.priceFen)}/{l.unit}
                </span>
              </div>
              <span className={own.min}>每单最少 {l.minQty}{l.unit}</span>
            </li>
          ))}
        </ul>
      </section>
      {agency.isError && <p role="alert" className={styles.alert}>{errorMessage(agency.error)}</p>}
      {a.usable ? (
        <>
          <AgreementOrderForm agencyId={agencyId} agreement={a} canteens={canteens} />
          <StandingOrders agencyId={agencyId} agreement={a} canteens={canteens} />
        </>
      ) : (
        <p className={styles.notice}>该协议当前不可下单（未生效、已终止或不在有效期内）。</p>
      )}
      <p><Link to="/procurement/agreements">返回协议列表</Link></p>
    </div>
  );
}
