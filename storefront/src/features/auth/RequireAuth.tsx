import { useAuth } from '@bangfu/api-client';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../misc/Loading';
import { loginPath } from './redirect';

/** Route guard: children render only for a signed-in user. */
export function RequireAuth() {
  const { user, isLoading } = useAuth();
  const location = useLocation();
  if (isLoading) return <Loading />;
  if (!user) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
