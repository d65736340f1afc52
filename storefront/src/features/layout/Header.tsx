import { useAuth } from '@bangfu/api-client';
import { Link, NavLink } from 'react-router-dom';
import styles from './layout.module.css';
import { NAV_ITEMS } from './nav';

export function Header() {
  const { user, isLoading } = useAuth();
  return (
    <header className={styles.header}>
      <div className={styles.headerInner}>
        <Link to="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">帮</span>
          <span>帮扶集市</span>
        </Link>
        <nav className={styles.topNav} aria-label="主导航">
          {NAV_ITEMS.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === '/'}
              className={({ isActive }) => (isActive ? styles.topNavActive : undefined)}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className={styles.account}>
          {user ? (
            <Link to="/me" className={styles.userName} title="我的账户">{user.name}</Link>
          ) : isLoading ? null : (
            <Link to="/login" className={styles.loginLink}>登录 / 注册</Link>
          )}
        </div>
      </div>
    </header>
  );
}
