import { hasAnyRole, roleLabel, useAuth, useLogout } from '@bangfu/api-client';
import { useNavigate } from 'react-router-dom';
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
        {user.roles.includes('CANTEEN_BUYER') && <p className={styles.note}>食堂采购功能即将开放。</p>}
        {hasAnyRole(user.roles, STAFF_ROLES) && (
          <p className={styles.note}>
            管理工作请前往 <a href="/admin/">帮扶集市管理后台</a>。
          </p>
        )}
        <button type="button" className={styles.logout} onClick={onLogout}>退出登录</button>
      </section>
    </div>
  );
}
