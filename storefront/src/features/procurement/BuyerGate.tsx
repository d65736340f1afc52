import { useAuth, type Me } from '@bangfu/api-client';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';

export interface Buyer {
  user: Me;
  agencyId: string;
}

/** Procurement pages are for canteen buyers of an agency; everyone else is told plainly where they are. */
export function BuyerGate({ children }: { children: (buyer: Buyer) => ReactNode }) {
  const { user, isLoading } = useAuth();
  if (isLoading || user === undefined) return <Loading />;
  if (!user || !user.roles.includes('CANTEEN_BUYER') || !user.agencyId) {
    return (
      <section className={styles.empty}>
        <h1>单位食堂采购</h1>
        <p>单位采购仅向预算单位的食堂采购员开放。当前账号不是食堂采购员，如需开通请联系本单位管理员。</p>
        <Link to="/me">返回我的</Link>
      </section>
    );
  }
  return <>{children({ user, agencyId: user.agencyId })}</>;
}
