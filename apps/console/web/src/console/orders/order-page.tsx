import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error';
import { useLoader } from '../../app/use-loader';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { enumLabel } from '../overview/overview-figures';
import { useOperator } from '../session/operator-context';
import { roleAtLeast } from '../session/operator-role';
import { consolePaths } from '../shell/console-paths';
import { ConsoleError, ConsoleLoading, ConsoleSection, useConsoleTitle } from '../shell/console-ui';
import { disputesOf, factSentence, serviceLabel } from './fact-text';
import { OrderDocuments } from './order-documents';
import type { OrderDetail, OrderTimeline, TimelineFact } from './order-types';
import { orderName, orderTimeline } from './orders-api';

/** `/console/orders/:orderId`: the order, its money, links to its disputes' cases, its signed documents, and its unified timeline. */
export function OrderPage() {
  const { orderId = '' } = useParams();
  const { client, operator } = useOperator();
  const loaded = useLoader<OrderTimeline>(() => orderTimeline(client, orderId), [orderId, client]);
  const timeline = loaded.data;
  const name = timeline?.order ? orderName(timeline.order) : `Order ${orderId.slice(0, 8)}`;
  useConsoleTitle(timeline ? name : 'Order');

  if (!timeline) {
    if (loaded.loading) return <ConsoleLoading>Loading the order…</ConsoleLoading>;
    const unknown = loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400);
    return (
      <>
        <h1>{unknown ? 'Order not found' : 'Order'}</h1>
        {unknown ? <p>The console knows no order with the id {orderId}.</p> : <ConsoleError error={loaded.error} />}
        <p>
          <Link to={consolePaths.orders()}>Search orders</Link>
        </p>
      </>
    );
  }

  const disputes = disputesOf(timeline.facts);
  const isAdmin = roleAtLeast(operator.role, 'admin');
  return (
    <>
      <p className="breadcrumb">
        <Link to={consolePaths.orders()}>Orders</Link>
      </p>
      <div className="page-head console-page-head">
        <h1>{name}</h1>
        {timeline.order?.status ? <span className="tag tag-status">{enumLabel(timeline.order.status)}</span> : null}
      </div>
      {loaded.error ? <ConsoleError error={loaded.error} /> : null}
      <div className="order-columns">
        <ConsoleSection id="order-summary" title="Order">
          {timeline.order ? <OrderFacts order={timeline.order} /> : <p className="hint">The console has not learned of this order’s placement yet: only what other services said is known.</p>}
          {isAdmin || disputes.length > 0 ? (
            <ul className="order-links">
              {disputes.map((id, i) => (
                <li key={id}>
                  <Link to={consolePaths.mediationCase(id)}>{`Open case ${name}${disputes.length > 1 ? ` (${i + 1})` : ''}`}</Link>
                </li>
              ))}
              {isAdmin ? (
                <li>
                  <Link className="button" to={consolePaths.moneyForOrder(orderId)}>
                    Propose a manual action
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : null}
          <h3>Signed documents</h3>
          <OrderDocuments client={client} orderId={orderId} />
        </ConsoleSection>
        <ConsoleSection id="order-timeline" title="Timeline" className="order-timeline">
          {timeline.facts.length === 0 ? <p className="hint">Nothing yet.</p> : <Timeline facts={timeline.facts} />}
        </ConsoleSection>
      </div>
    </>
  );
}

function OrderFacts({ order }: { order: OrderDetail }) {
  return (
    <dl className="facts">
      <dt>Amount</dt>
      <dd>{formatVnd(order.totalAmount)}</dd>
      <dt>Payment</dt>
      <dd>{order.paymentMethod === 'COD' ? 'Cash on delivery' : enumLabel(order.paymentMethod)}</dd>
      <dt>Placed</dt>
      <dd>{formatVnTime(order.placedAt)}</dd>
      <dt>External id</dt>
      <dd>{order.externalId ?? '—'}</dd>
      <dt>Buyer phone</dt>
      <dd>{order.buyerPhone ?? '—'}</dd>
      <dt>Marketplace</dt>
      <dd className="mono">{order.marketplaceId ?? '—'}</dd>
      <dt>Order id</dt>
      <dd className="mono">{order.orderId}</dd>
      <dt>Held in escrow</dt>
      <dd>
        {formatVnd(order.held.amount)}
        {order.held.since ? ` since ${formatVnTime(order.held.since)}` : ''}
      </dd>
      {order.cod ? (
        <>
          <dt>COD collected</dt>
          <dd>
            {order.cod.collected === null ? 'Not yet' : formatVnd(order.cod.collected)}
            {order.cod.deliveredAt ? ` (delivered ${formatVnTime(order.cod.deliveredAt)})` : ''}
          </dd>
          <dt>COD remitted</dt>
          <dd>{formatVnd(order.cod.remitted)}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Timeline({ facts }: { facts: TimelineFact[] }) {
  return (
    <ol className="timeline console-timeline">
      {facts.map((f) => {
        const entries = Object.entries(f.detail);
        return (
          <li key={f.eventId} className={`service-${f.service}`}>
            <p className="fact-meta">
              <span className="service-tag">{serviceLabel(f.service)}</span>
              <time dateTime={f.occurredAt}>{formatVnTime(f.occurredAt, { seconds: true })}</time>
            </p>
            <p className="fact-text">{factSentence(f.type, f.detail)}</p>
            {entries.length > 0 ? (
              <details className="fact-detail">
                <summary>{f.type}</summary>
                <dl className="facts small">
                  {entries.map(([key, value]) => (
                    <div key={key} className="fact-detail-row">
                      <dt>{key}</dt>
                      <dd className="mono">{value === null ? 'null' : String(value)}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
