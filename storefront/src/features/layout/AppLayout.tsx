import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { queryClient } from '../../lib/api';
import { onSessionExpired } from '../../lib/api';
import { redirectAfterExpiry } from '../auth/redirect';
import { CartSync, CartToast } from '../cart/CartSync';
import { Loading } from '../misc/Loading';
import { Header } from './Header';
import styles from './layout.module.css';
import { TabBar } from './TabBar';

export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(
    () =>
      onSessionExpired((request) => {
        queryClient.removeQueries();
        const to = redirectAfterExpiry(request, window.location);
        if (to) navigate(to, { replace: true });
      }),
    [navigate],
  );

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className={styles.shell}>
      <Header />
      <main className={styles.main}>
        {/* Pages are lazy chunks (app/router.tsx): show a loading line while one arrives. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <p>帮扶集市 · 东西部协作消费帮扶平台</p>
        <p>买西部好物，助乡村振兴</p>
      </footer>
      <TabBar />
      {/* Buying half: merges a visitor's cart into the account at login; cart notices. */}
      <CartSync />
      <CartToast />
    </div>
  );
}
