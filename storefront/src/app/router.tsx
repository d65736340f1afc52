import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/RequireAuth';
import { AppLayout } from '../features/layout/AppLayout';
import { NotFoundPage } from '../features/misc/PlaceholderPage';

// Route-level code splitting: each page is its own chunk, loaded when first visited (React.lazy;
// AppLayout wraps the <Outlet> in <Suspense>). Add new pages the same way, so the entry chunk stays
// within the budget that `scripts/check-budget.mjs` enforces at build.
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() => import('../features/auth/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const MePage = lazy(() => import('../features/account/MePage').then((m) => ({ default: m.MePage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const ProductDetailPage = lazy(() => import('../features/products/ProductDetailPage').then((m) => ({ default: m.ProductDetailPage })));
const ZonePage = lazy(() => import('../features/zones/ZonePage').then((m) => ({ default: m.ZonePage })));
const TracePage = lazy(() => import('../features/trace/TracePage').then((m) => ({ default: m.TracePage })));
// Buying half: cart → checkout → Alipay cashier → orders; coupon wallet, address book, procurement entrance.
const CartPage = lazy(() => import('../features/cart/CartPage').then((m) => ({ default: m.CartPage })));
const CheckoutPage = lazy(() => import('../features/checkout/CheckoutPage').then((m) => ({ default: m.CheckoutPage })));
const OrdersPage = lazy(() => import('../features/orders/OrdersPage').then((m) => ({ default: m.OrdersPage })));
const OrderDetailPage = lazy(() => import('../features/orders/OrderDetailPage').then((m) => ({ default: m.OrderDetailPage })));
const CouponsPage = lazy(() => import('../features/coupons/CouponsPage').then((m) => ({ default: m.CouponsPage })));
const AddressesPage = lazy(() => import('../features/checkout/AddressesPage').then((m) => ({ default: m.AddressesPage })));
const ProcurementHome = lazy(() => import('../features/procurement/ProcurementHome').then((m) => ({ default: m.ProcurementHome })));
const ProcurementBuilder = lazy(() => import('../features/procurement/OrderBuilderPage').then((m) => ({ default: m.OrderBuilderPage })));
const ProcurementOrders = lazy(() => import('../features/procurement/OrdersListPage').then((m) => ({ default: m.OrdersListPage })));
const ProcurementOrder = lazy(() => import('../features/procurement/OrderDetailPage').then((m) => ({ default: m.OrderDetailPage })));
const ProcurementAgreements = lazy(() => import('../features/procurement/AgreementsPage').then((m) => ({ default: m.AgreementsPage })));
const ProcurementAgreement = lazy(() => import('../features/procurement/AgreementDetailPage').then((m) => ({ default: m.AgreementDetailPage })));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'categories', element: <SearchPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'products/:id', element: <ProductDetailPage /> },
      { path: 'zones/:slug', element: <ZonePage /> },
      { path: 't/:code', element: <TracePage /> },
      { path: 'cart', element: <CartPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: 'me', element: <MePage /> },
          { path: 'checkout', element: <CheckoutPage /> },
          { path: 'orders', element: <OrdersPage /> },
          { path: 'orders/:id', element: <OrderDetailPage /> },
          { path: 'coupons', element: <CouponsPage /> },
          { path: 'me/addresses', element: <AddressesPage /> },
          { path: 'procurement', element: <ProcurementHome /> },
          { path: 'procurement/new', element: <ProcurementBuilder /> },
          { path: 'procurement/orders', element: <ProcurementOrders /> },
          { path: 'procurement/orders/:id', element: <ProcurementOrder /> },
          { path: 'procurement/agreements', element: <ProcurementAgreements /> },
          { path: 'procurement/agreements/:id', element: <ProcurementAgreement /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
