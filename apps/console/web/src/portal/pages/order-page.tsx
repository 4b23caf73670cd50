import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { PublicOrder } from '../../api/wire-types';
import { usePortal } from '../../app/portal-context';
import { RequireSession } from '../../app/require-session';
import { ErrorAlert, Loading, Notice, usePageTitle } from '../../app/ui';
import { useBuyerLoad } from '../../app/use-buyer-load';
import { formatVnd } from '../../format/vnd';
import { formatVnTime, timeLeft } from '../../format/vn-time';
import { useI18n } from '../../i18n/i18n-context';
import type { BuyerSession } from '../../session/buyer-session';
import { DocumentsSection } from '../components/documents-section';
import { buyerTimeline, type OrderSummary, summariseOrder } from '../order-summary';
import { noticeOf, paths } from '../paths';
import { factText, statusText } from '../timeline-text';

/** The order as its buyer sees it: status and deadlines in plain words, what they can do, its signed documents, and the timeline. */
export function OrderPage() {
  return <RequireSession>{(session) => <OrderView session={session} />}</RequireSession>;
}

function OrderView({ session }: { session: BuyerSession }) {
  const { m } = useI18n();
  const { api, sessions } = usePortal();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  usePageTitle(m.order.title(session.orderCode));
  const order = useBuyerLoad(code, () => api.order(session.orderCode), [session.orderCode]);
  const now = Date.now();
  const summary = order.data ? summariseOrder(order.data, session.disputeIds, now) : null;

  const signOut = (): void => {
    sessions.clear();
    navigate(paths.lookup(), { state: { notice: 'signedOut' } });
  };

  return (
    <article className="order" aria-labelledby="order-title">
      <div className="page-head">
        <h1 id="order-title">{m.order.title(session.orderCode)}</h1>
        <div className="head-actions">
          <button type="button" className="button small" onClick={order.reload} disabled={order.loading}>
            {m.common.refresh}
          </button>
          <button type="button" className="button small" onClick={signOut}>
            {m.common.signOut}
          </button>
        </div>
      </div>
      {noticeOf(location.state) === 'complaintFiled' ? <Notice tone="success">{m.complaint.filed}</Notice> : null}
      <ErrorAlert error={order.problem} />
      {order.loading && !order.data ? <Loading /> : null}
      {order.data && summary ? <OrderDetails order={order.data} summary={summary} now={now} /> : null}
    </article>
  );
}

function OrderDetails({ order, summary, now }: { order: PublicOrder; summary: OrderSummary; now: number }) {
  const { m } = useI18n();
  // A COD order is paid at the door, not before: its PLACED status says so.
  const status = statusText(order.status === 'PLACED' && summary.cod ? 'PLACED_COD' : order.status, m);
  const timeline = buyerTimeline(order);
  return (
    <>
      <section className="card status-card" aria-labelledby="status-title">
        <h2 id="status-title">{m.order.statusHeading}</h2>
        <p className={`status status-${order.status.toLowerCase()}`}>{status.title}</p>
        <p>{status.explanation}</p>
      </section>

      {summary.refundDestinationAmount !== null ? (
        <Notice tone="warning">
          <p>{m.order.refundDestinationNeeded(formatVnd(summary.refundDestinationAmount))}</p>
          <Link to={paths.refundDestination(order.code)}>{m.order.refundDestination}</Link>
        </Notice>
      ) : null}

      <section className="card" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">{m.order.deadlinesHeading}</h2>
        {summary.inspectionEndsAt ? (
          <p>{m.order.inspectionDeadline(formatVnTime(summary.inspectionEndsAt), m.common.timeLeft(timeLeft(summary.inspectionEndsAt, now)))}</p>
        ) : summary.disputeOpen ? (
          <p>{m.order.disputeDeadline}</p>
        ) : (
          <p>{m.order.noDeadlines}</p>
        )}
      </section>

      {summary.canConfirmReceipt || summary.canComplain || summary.refundDestinationAmount !== null ? (
        <section className="card" aria-labelledby="actions-title">
          <h2 id="actions-title">{m.order.actionsHeading}</h2>
          <ul className="actions">
            {summary.canConfirmReceipt ? (
              <li>
                <Link className="button primary" to={paths.confirmReceipt(order.code)}>
                  {m.order.confirmReceipt}
                </Link>
                <p className="hint">{m.order.confirmReceiptHint}</p>
              </li>
            ) : null}
            {summary.canComplain ? (
              <li>
                <Link className="button" to={paths.complaint(order.code)}>
                  {m.order.fileComplaint}
                </Link>
                <p className="hint">{m.order.fileComplaintHint}</p>
              </li>
            ) : null}
            {summary.refundDestinationAmount !== null ? (
              <li>
                <Link className="button" to={paths.refundDestination(order.code)}>
                  {m.order.refundDestination}
                </Link>
                <p className="hint">{m.order.refundDestinationHint}</p>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      {summary.disputes.length > 0 ? (
        <section className="card" aria-labelledby="complaints-title">
          <h2 id="complaints-title">{m.order.complaintsHeading}</h2>
          <ul className="complaints">
            {summary.disputes.map((d) => (
              <li key={d.disputeId}>
                <Link to={paths.dispute(order.code, d.disputeId)}>
                  {d.openedAt ? m.order.complaintItem(formatVnTime(d.openedAt)) : m.order.complaintItemNew}
                </Link>{' '}
                <span className={`tag ${d.open ? 'tag-open' : 'tag-closed'}`}>{d.open ? m.order.complaintOpen : m.order.complaintClosed}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{m.order.summaryHeading}</h2>
        <dl className="facts">
          <dt>{m.order.seller}</dt>
          <dd>{order.seller.name}</dd>
          <dt>{m.order.total}</dt>
          <dd>{formatVnd(order.totalAmount)}</dd>
          <dt>{m.order.placedAt}</dt>
          <dd>{formatVnTime(order.placedAt)}</dd>
          {summary.cod !== null ? (
            <>
              <dt>{m.order.payment}</dt>
              <dd>{summary.cod ? m.order.paymentCod : m.order.paymentPrepaid}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <DocumentsSection orderCode={order.code} />

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{m.order.timelineHeading}</h2>
        {timeline.length === 0 ? (
          <p>{m.order.timelineEmpty}</p>
        ) : (
          <ol className="timeline" aria-labelledby="timeline-title">
            {timeline.map((e, i) => (
              <li key={`${e.at}-${e.fact}-${i}`} className={`strand-${e.strand.toLowerCase()}`}>
                <span className="tag">{m.order.strands[e.strand] ?? e.strand}</span>
                <time dateTime={e.at}>{formatVnTime(e.at)}</time>
                <p>{factText(e, m)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
