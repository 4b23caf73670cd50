import { Link } from 'react-router-dom';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { consolePaths } from '../shell/console-paths';
import { ConsoleSection, TableScroll } from '../shell/console-ui';
import { HeldByAgeChart, MoneyPerDayChart, OrdersPerMinuteChart } from './overview-charts';
import { count, dueText, enumLabel, heldAgeLabel, lastHourCounts } from './overview-figures';
import type { DisputeDeadlineItem, OverviewSnapshot } from './overview-types';

/** Orders per minute by status, and the last hour's totals. */
export function OrdersSection({ orders }: { orders: OverviewSnapshot['orders'] }) {
  const totals = lastHourCounts(orders);
  return (
    <ConsoleSection id="overview-orders" title="Orders" className="overview-wide">
      <p className="overview-lead">
        Last {orders.windowMinutes} minutes: <strong>{count(orders.lastHour.PLACED ?? 0)}</strong> placed
      </p>
      {totals.length > 0 ? (
        <dl className="figures figures-inline">
          {totals.map((t) => (
            <div key={t.status}>
              <dt>{enumLabel(t.status)}</dt>
              <dd>{count(t.orders)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="hint">No order changed status in this window.</p>
      )}
      <OrdersPerMinuteChart orders={orders} />
    </ConsoleSection>
  );
}

/** Money today, the last 7 days and what escrow holds by age. */
export function MoneySection({ money }: { money: OverviewSnapshot['money'] }) {
  return (
    <ConsoleSection id="overview-money" title="Money" className="overview-wide">
      <h3>Today</h3>
      <dl className="figures figures-inline">
        <div>
          <dt>Held</dt>
          <dd>{formatVnd(money.today.held)}</dd>
        </div>
        <div>
          <dt>Released</dt>
          <dd>{formatVnd(money.today.released)}</dd>
        </div>
        <div>
          <dt>Refunded</dt>
          <dd>{formatVnd(money.today.refunded)}</dd>
        </div>
      </dl>
      <MoneyPerDayChart days={money.days} />
      <h3>Held now</h3>
      <p className="overview-lead">
        <strong>{formatVnd(money.held.amount)}</strong> in {count(money.held.escrows)} escrow{money.held.escrows === 1 ? '' : 's'}
      </p>
      <HeldByAgeChart byAge={money.held.byAge} />
      <TableScroll>
        <table className="data-table" aria-label="Held money by age">
          <thead>
            <tr>
              <th scope="col">Held for</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                Escrows
              </th>
            </tr>
          </thead>
          <tbody>
            {money.held.byAge.map((b) => (
              <tr key={b.bucket}>
                <td>{heldAgeLabel(b)}</td>
                <td className="num">{formatVnd(b.amount)}</td>
                <td className="num">{count(b.escrows)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </ConsoleSection>
  );
}

function DisputeTable({ label, items, nowMs }: { label: string; items: DisputeDeadlineItem[]; nowMs: number }) {
  if (items.length === 0) return <p className="hint">None.</p>;
  return (
    <TableScroll>
      <table className="data-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Stage</th>
            <th scope="col">Deadline</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.disputeId} className={d.overdue ? 'overdue' : undefined}>
              <td>
                <Link to={consolePaths.mediationCase(d.disputeId)}>Case {d.orderCode ?? d.orderId.slice(0, 8)}</Link>
                {d.priority ? <span className="tag tag-priority">Priority</span> : null}
              </td>
              <td>{enumLabel(d.stage)}</td>
              <td>{enumLabel(d.deadline)}</td>
              <td>
                <time dateTime={d.dueAt ?? undefined}>{formatVnTime(d.dueAt)}</time>
                <span className={d.overdue ? 'due overdue-text' : 'due'}> ({dueText(d, nowMs)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Open disputes by deadline; the overdue in red; links to the mediation desk's cases. */
export function DisputesSection({ disputes, generatedAt }: { disputes: OverviewSnapshot['disputes']; generatedAt: string }) {
  const nowMs = Date.parse(generatedAt);
  return (
    <ConsoleSection id="overview-disputes" title="Disputes" className="overview-wide">
      <dl className="figures figures-inline">
        <div>
          <dt>Open</dt>
          <dd>{count(disputes.open)}</dd>
        </div>
        <div className={disputes.overdue > 0 ? 'overdue' : undefined}>
          <dt>Overdue</dt>
          <dd>{count(disputes.overdue)}</dd>
        </div>
        <div>
          <dt>Due within 24 h</dt>
          <dd>{count(disputes.dueWithin24h)}</dd>
        </div>
        <div>
          <dt>Due later</dt>
          <dd>{count(disputes.dueLater)}</dd>
        </div>
        <div>
          <dt>No deadline</dt>
          <dd>{count(disputes.withoutDeadline)}</dd>
        </div>
      </dl>
      <h3>Most overdue</h3>
      <DisputeTable label="Most overdue disputes" items={disputes.mostOverdue} nowMs={nowMs} />
      <h3>Next deadlines</h3>
      <DisputeTable label="Next dispute deadlines" items={disputes.next} nowMs={nowMs} />
    </ConsoleSection>
  );
}
