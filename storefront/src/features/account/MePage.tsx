import { hasAnyRole, roleLabel, useAuth, useLogout } from '@bangfu/api-client';
import { Link, useNavigate } from 'react-router-dom';
import { ProcurementEntry } from '../procurement/ProcurementEntry';
import styles from './account.module.css';

const STAFF_ROLES = ['OPERATOR', 'SUPPLIER_STAFF', 'AGENCY_APPROVER', 'AGENCY_MANAGER'] as const;

export function MePage() {
  const { user } = useAuth();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!user) return null; // RequireAuth guarantees a user

  const organisation = user.agency?.name ?? user.supplier?.name;
  const onLogout = () => {
    logout();
    navigate('/', { replace: true });
  };

  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="me-name">
        <div className={styles.profile}>
          <span className={styles.avatar} aria-hidden="true">{user.name.slice(0, 1)}</span>
          <h1 id="me-name" className={styles.name}>{user.name}</h1>
        </div>
        <dl className={styles.details}>
          <dt>手机号</dt>
          <dd>{user.phone}</dd>
          <dt>身份</dt>
          <dd className={styles.roles}>
            {user.roles.map((r) => (
              <span key={r} className={styles.role}>{roleLabel(r)}</span>
            ))}
          </dd>
          {organisation && (
            <>
              <dt>所属单位</dt>
              <dd>{organisation}</dd>
            </>
          )}
        </dl>
        {hasAnyRole(user.roles, STAFF_ROLES) && (
          <p className={styles.note}>
            管理工作请前往 <a href="/admin/">帮扶集市管理后台</a>。
          </p>
        )}
        <button type="button" className={styles.logout} onClick={onLogout}>退出登录</button>
      </section>
      {user.roles.includes('CITIZEN') && (
        <nav className={styles.shortcuts} aria-label="我的购物">
          <Link to="/orders">我的订单</Link>
          <Link to="/orders?status=PENDING_PAYMENT">待付款</Link>
          <Link to="/coupons">工会券包</Link>
          <Link to="/me/addresses">收货地址</Link>
        </nav>
      )}
      {user.roles.includes('CANTEEN_BUYER') && <ProcurementEntry agencyName={user.agency?.name} />}
    </div>
  );
}
