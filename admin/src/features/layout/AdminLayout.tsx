import { useAuth } from '@bangfu/api-client';
import { Layout } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { queryClient } from '../../lib/api';
import { onSessionExpired } from '../../lib/api';
import { loginPath } from '../auth/redirect';
import { ForbiddenPage } from '../misc/ResultPages';
import styles from './layout.module.css';
import { canAccess } from './menu';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

export function AdminLayout() {
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  useEffect(
    () =>
      onSessionExpired(() => {
        queryClient.removeQueries();
        const here = window.location.pathname.replace(/^\/admin/, '') + window.location.search;
        navigate(loginPath(here), { replace: true });
      }),
    [navigate],
  );

  if (!user) return null; // RequireAuth guarantees a user
  const allowed = canAccess(location.pathname, user.roles);

  return (
    <Layout className={styles.root}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208} theme="light"
        className={styles.sider}>
        <div className={styles.logo}>
          <span className={styles.logoMark}>帮</span>
          {!collapsed && <span>帮扶集市</span>}
        </div>
        <SideMenu roles={user.roles} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className={styles.header}>
          <span className={styles.headerTitle}>管理后台</span>
          <UserMenu user={user} />
        </Layout.Header>
        <Layout.Content className={styles.content}>
          {allowed ? <Outlet /> : <ForbiddenPage />}
        </Layout.Content>
        <Layout.Footer className={styles.footer}>帮扶集市 · 东西部协作消费帮扶平台</Layout.Footer>
      </Layout>
    </Layout>
  );
}
