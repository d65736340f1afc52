import { useAuth } from '@bangfu/api-client';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../misc/ResultPages';
import { loginPath } from './redirect';

export function RequireAuth() {
  const { user, isLoading } = useAuth();
  const location = useLocation();
  if (isLoading) return <FullPageSpin />;
  if (!user) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
