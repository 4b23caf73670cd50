import { lazy } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { DESK_PAGES } from '../console/desk-routes';
import { OrderPage as ConsoleOrderPage } from '../console/orders/order-page';
import { OrdersPage } from '../console/orders/orders-page';
import { OperatorSessionProvider } from '../console/session/operator-context';
import { RequireOperator } from '../console/session/require-operator';
import { SignInPage } from '../console/session/sign-in-page';
import { ConsoleLayout } from '../console/shell/console-layout';
import { ConsoleNotFoundPage } from '../console/shell/console-not-found';
import { I18nProvider } from '../i18n/i18n-context';
import { ComplaintPage } from '../portal/pages/complaint-page';
import { ConfirmReceiptPage } from '../portal/pages/confirm-receipt-page';
import { DisputePage } from '../portal/pages/dispute-page';
import { LookupPage } from '../portal/pages/lookup-page';
import { NotFoundPage } from '../portal/pages/not-found-page';
import { OrderPage } from '../portal/pages/order-page';
import { RefundDestinationPage } from '../portal/pages/refund-destination-page';
import { Layout } from './layout';
import { PortalProvider } from './portal-context';

/** The overview and its charts (recharts) load on demand: the buyer portal never downloads them. */
const OverviewPage = lazy(() => import('../console/overview/overview-page').then((m) => ({ default: m.OverviewPage })));

/**
 * The console's web app: the buyer portal under `/tra-cuu` (public, Vietnamese first) and the operator console under
 * `/console` (English; every page but the sign-in behind an operator session, the desks from DESK_PAGES).
 */
export function App() {
  return (
    <I18nProvider>
      <PortalProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to="/tra-cuu" replace />} />
              <Route path="tra-cuu" element={<LookupPage />} />
              <Route path="tra-cuu/:code" element={<OrderPage />} />
              <Route path="tra-cuu/:code/da-nhan-hang" element={<ConfirmReceiptPage />} />
              <Route path="tra-cuu/:code/khieu-nai" element={<ComplaintPage />} />
              <Route path="tra-cuu/:code/khieu-nai/:disputeId" element={<DisputePage />} />
              <Route path="tra-cuu/:code/hoan-tien" element={<RefundDestinationPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
            <Route
              path="console"
              element={
                <OperatorSessionProvider>
                  <Outlet />
                </OperatorSessionProvider>
              }
            >
              <Route path="sign-in" element={<SignInPage />} />
              <Route
                element={
                  <RequireOperator>
                    <ConsoleLayout />
                  </RequireOperator>
                }
              >
                <Route index element={<OverviewPage />} />
                <Route path="orders" element={<OrdersPage />} />
                <Route path="orders/:orderId" element={<ConsoleOrderPage />} />
                {DESK_PAGES.map((page) => (
                  <Route key={page.path} path={page.path} element={page.element} />
                ))}
                <Route path="*" element={<ConsoleNotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </PortalProvider>
    </I18nProvider>
  );
}
