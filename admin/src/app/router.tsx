import { createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AdminLayout } from '../features/layout/AdminLayout';
import { FullPageSpin, NotFoundPage } from '../features/misc/ResultPages';

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireAuth />,
      // Shown while a lazy page loads on first visit.
      hydrateFallbackElement: <FullPageSpin />,
      children: [
        {
          // AdminLayout also shows the 403 page for paths the user's roles may not open (see menu.ts).
          element: <AdminLayout />,
          children: [
            { index: true, element: <DashboardPage /> },
            { path: 'pairings', lazy: () => import('../features/pairings/PairingsPage').then((m) => ({ Component: m.PairingsPage })) },
            { path: 'accounts/agencies', lazy: () => import('../features/accounts/AgenciesPage').then((m) => ({ Component: m.AgenciesPage })) },
            { path: 'accounts/suppliers', lazy: () => import('../features/accounts/SuppliersPage').then((m) => ({ Component: m.SuppliersPage })) },
            { path: 'accounts/users', lazy: () => import('../features/accounts/UsersPage').then((m) => ({ Component: m.UsersPage })) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
