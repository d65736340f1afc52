import { createBrowserRouter } from 'react-router-dom';
import { MePage } from '../features/account/MePage';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { HomePage } from '../features/home/HomePage';
import { AppLayout } from '../features/layout/AppLayout';
import { NotFoundPage, PlaceholderPage } from '../features/misc/PlaceholderPage';
import { ProductDetailPage } from '../features/products/ProductDetailPage';
import { ProductListPage } from '../features/products/ProductListPage';
import { TracePage } from '../features/trace/TracePage';
import { ZonePage } from '../features/zones/ZonePage';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'categories', element: <ProductListPage /> },
      { path: 'products/:id', element: <ProductDetailPage /> },
      { path: 'zones/:slug', element: <ZonePage /> },
      { path: 't/:code', element: <TracePage /> },
      { path: 'cart', element: <PlaceholderPage title="购物车" text="购物车即将开放，商品即将上架。" /> },
      { element: <RequireAuth />, children: [{ path: 'me', element: <MePage /> }] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
