import { createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AdminLayout } from '../features/layout/AdminLayout';
import { FullPageSpin, NotFoundPage } from '../features/misc/ResultPages';

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    // Public: a co-op or enterprise applies for admission and gets its first staff account.
    { path: '/apply', lazy: () => import('../features/apply/ApplyPage').then((m) => ({ Component: m.ApplyPage })), hydrateFallbackElement: <FullPageSpin /> },
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
            { path: 'procurement-ops/quota', lazy: () => import('../features/procurement-ops/QuotaPage').then((m) => ({ Component: m.QuotaPage })) },
            { path: 'procurement-ops/declarations', lazy: () => import('../features/procurement-ops/DeclarationsPage').then((m) => ({ Component: m.DeclarationsPage })) },
            { path: 'procurement-ops/policies', lazy: () => import('../features/procurement-ops/PoliciesPage').then((m) => ({ Component: m.PoliciesPage })) },
            { path: 'procurement-ops/orders', lazy: () => import('../features/procurement-ops/OrdersPage').then((m) => ({ Component: m.OrdersPage })) },
            { path: 'procurement-ops/agreements', lazy: () => import('../features/procurement-ops/AgreementsPage').then((m) => ({ Component: m.AgreementsPage })) },
            { path: 'review/suppliers', lazy: () => import('../features/supplier-admission/SupplierAdmissionPage').then((m) => ({ Component: m.SupplierAdmissionPage })) },
            { path: 'review/products', lazy: () => import('../features/product-review/ReviewQueuePage').then((m) => ({ Component: m.ReviewQueuePage })) },
            { path: 'review/bases', lazy: () => import('../features/base-review/BaseReviewPage').then((m) => ({ Component: m.BaseReviewPage })) },
            { path: 'catalog/products', lazy: () => import('../features/product-review/ProductsPage').then((m) => ({ Component: m.ProductsPage })) },
            { path: 'catalog/zones', lazy: () => import('../features/zones/ZonesPage').then((m) => ({ Component: m.ZonesPage })) },
            { path: 'supplier/profile', lazy: () => import('../features/supplier-portal/profile/ProfilePage').then((m) => ({ Component: m.ProfilePage })) },
            { path: 'supplier/bases', lazy: () => import('../features/supplier-portal/bases/BasesPage').then((m) => ({ Component: m.BasesPage })) },
            { path: 'supplier/products', lazy: () => import('../features/supplier-portal/products/ProductsPage').then((m) => ({ Component: m.ProductsPage })) },
            { path: 'supplier/products/new', lazy: () => import('../features/supplier-portal/products/ProductFormPage').then((m) => ({ Component: m.CreateProductPage })) },
            { path: 'supplier/products/:id', lazy: () => import('../features/supplier-portal/products/ProductDetailPage').then((m) => ({ Component: m.ProductDetailPage })) },
            { path: 'supplier/products/:id/edit', lazy: () => import('../features/supplier-portal/products/ProductFormPage').then((m) => ({ Component: m.EditProductPage })) },
            { path: 'supplier/batches', lazy: () => import('../features/supplier-portal/batches/BatchesPage').then((m) => ({ Component: m.BatchesPage })) },
            { path: 'supplier/batches/new', lazy: () => import('../features/supplier-portal/batches/CreateBatchPage').then((m) => ({ Component: m.CreateBatchPage })) },
            { path: 'supplier/batches/:id', lazy: () => import('../features/supplier-portal/batches/BatchDetailPage').then((m) => ({ Component: m.BatchDetailPage })) },
            { path: 'supplier/procurement-orders', lazy: () => import('../features/supplier-portal/procurement/ProcurementOrdersPage').then((m) => ({ Component: m.ProcurementOrdersPage })) },
            { path: 'supplier/procurement-orders/:id', lazy: () => import('../features/supplier-portal/procurement/ProcurementOrderPage').then((m) => ({ Component: m.ProcurementOrderPage })) },
            { path: 'supplier/agreements', lazy: () => import('../features/supplier-portal/agreements/SupplierAgreementsPage').then((m) => ({ Component: m.SupplierAgreementsPage })) },
            { path: 'agency/quota', lazy: () => import('../features/agency/quota/QuotaPage').then((m) => ({ Component: m.QuotaPage })) },
            { path: 'agency/approvals', lazy: () => import('../features/agency/approvals/ApprovalsPage').then((m) => ({ Component: m.ApprovalsPage })) },
            { path: 'agency/orders', lazy: () => import('../features/agency/orders/AgencyOrdersPage').then((m) => ({ Component: m.AgencyOrdersPage })) },
            { path: 'agency/declaration', lazy: () => import('../features/agency/declaration/DeclarationPage').then((m) => ({ Component: m.DeclarationPage })) },
            { path: 'agency/settings', lazy: () => import('../features/agency/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
            { path: 'agency/agreements', lazy: () => import('../features/agency/agreements/AgreementsPage').then((m) => ({ Component: m.AgreementsPage })) },
            { path: 'agency/audit', lazy: () => import('../features/agency/audit/AgencyAuditPage').then((m) => ({ Component: m.AgencyAuditPage })) },
            { path: 'reports/dashboard', lazy: () => import('../features/reports/SalesDashboardPage').then((m) => ({ Component: m.SalesDashboardPage })) },
            { path: 'reports/results', lazy: () => import('../features/reports/ResultsPage').then((m) => ({ Component: m.ResultsPage })) },
            { path: 'reports/traceability', lazy: () => import('../features/reports/TraceabilityPage').then((m) => ({ Component: m.TraceabilityPage })) },
            { path: 'reports/traceability/bases/:baseId', lazy: () => import('../features/reports/BaseTracePage').then((m) => ({ Component: m.BaseTracePage })) },
            { path: 'reports/expiring', lazy: () => import('../features/reports/ExpiringPage').then((m) => ({ Component: m.ExpiringPage })) },
            { path: 'audit', lazy: () => import('../features/audit/AuditPage').then((m) => ({ Component: m.AuditPage })) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
