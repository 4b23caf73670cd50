import { formatVnTime } from '../../format/vn-time';
import { useConsoleTitle } from '../shell/console-ui';
import type { LiveStatus } from './overview-stream';
import { DisputesSection, MoneySection, OrdersSection } from './overview-sections';
import { CouriersSection, NotificationsSection, RecentOrdersSection, ServicesSection } from './overview-tables';
import { useOverviewStream } from './use-overview-stream';

const STATUS_TEXT: Record<LiveStatus, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' };

/** `/console`: the live overview, pushed by the console's event stream. */
export function OverviewPage() {
  useConsoleTitle('Overview');
  const { snapshot, status } = useOverviewStream();
  return (
    <>
      <div className="page-head console-page-head">
        <h1>Overview</h1>
        <p className={`live-status live-status-${status}`} role="status">
          <span className="live-dot" aria-hidden="true" />
          {STATUS_TEXT[status]}
        </p>
      </div>
      {snapshot ? (
        <>
          <p className="hint">
            As of <time dateTime={snapshot.generatedAt}>{formatVnTime(snapshot.generatedAt)}</time> (Vietnam time); updates arrive by themselves.
          </p>
          <div className="overview-grid">
            <OrdersSection orders={snapshot.orders} />
            <RecentOrdersSection orders={snapshot.recentOrders} />
            <MoneySection money={snapshot.money} />
            <DisputesSection disputes={snapshot.disputes} generatedAt={snapshot.generatedAt} />
            <CouriersSection couriers={snapshot.couriers} cod={snapshot.cod} />
            <NotificationsSection notifications={snapshot.notifications} />
            <ServicesSection services={snapshot.services} />
          </div>
        </>
      ) : (
        <p className="hint">Waiting for the first figures from the console…</p>
      )}
    </>
  );
}
