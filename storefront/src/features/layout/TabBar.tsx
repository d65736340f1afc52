import { NavLink } from 'react-router-dom';
import { CartTabIcon } from '../cart/CartTabIcon';
import styles from './layout.module.css';
import { NAV_ITEMS } from './nav';
import { NavIcon } from './NavIcon';

/** Bottom tab bar, shown on phones only (CSS hides it on wide screens). */
export function TabBar() {
  return (
    <nav className={styles.tabBar} aria-label="底部导航">
      {NAV_ITEMS.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.to === '/'}
          className={({ isActive }) => (isActive ? `${styles.tab} ${styles.tabActive}` : styles.tab)}>
          {item.icon === 'cart' ? <CartTabIcon /> : <NavIcon name={item.icon} />}
          <span>{item.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
