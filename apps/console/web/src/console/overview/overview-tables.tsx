import { Link } from 'react-router-dom';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { consolePaths } from '../shell/console-paths';
import { ConsoleSection, TableScroll } from '../shell/console-ui';
import { channelLabel, count, enumLabel, healthText, percent, totalLag } from './overview-figures';
import type { OverviewSnapshot, ServiceHealth } from './overview-types';

const Num = ({ children }: { children: string }) => <td className="num">{children}</td>;

/** Couriers' checkpoints and exception rates, and the COD cash they have not remitted. */
export function CouriersSection({ couriers, cod }: { couriers: OverviewSnapshot['couriers']; cod: OverviewSnapshot['cod'] }) {
  return (
    <ConsoleSection id="overview-couriers" title="Couriers">
      {couriers.length === 0 ? (
        <p className="hint">No checkpoints in the last 7 days.</p>
      ) : (
        <TableScroll>
          <table className="data-table" aria-label="Courier exception rates">
            <thead>
              <tr>
                <th scope="col">Courier</th>
                <th scope="col" className="num">
                  Checkpoints today
                </th>
                <th scope="col" className="num">
                  Exceptions today
                </th>
                <th scope="col" className="num">
                  Exception rate, 7 days
                </th>
              </tr>
            </thead>
            <tbody>
              {couriers.map((c) => (
                <tr key={c.courierId}>
                  <td>{c.name ?? c.courierId}</td>
                  <Num>{count(c.today.events)}</Num>
                  <Num>{count(c.today.exceptions)}</Num>
                  <Num>{`${percent(c.last7Days.exceptionRate)} (${count(c.last7Days.exceptions)} of ${count(c.last7Days.events)})`}</Num>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>Unremitted COD</h3>
      <p className="overview-lead">
        <strong>{formatVnd(cod.unremittedAmount)}</strong> collected at the door in {count(cod.parcels)} parcel{cod.parcels === 1 ? '' : 's'}, not remitted yet
      </p>
      {cod.byCourier.length > 0 ? (
        <TableScroll>
          <table className="data-table" aria-label="Unremitted COD by courier">
            <thead>
              <tr>
                <th scope="col">Courier</th>
                <th scope="col" className="num">
                  Unremitted
                </th>
                <th scope="col" className="num">
                  Parcels
                </th>
                <th scope="col">Oldest delivered</th>
              </tr>
            </thead>
            <tbody>
              {cod.byCourier.map((c) => (
                <tr key={c.courierId ?? 'unknown'}>
                  <td>{c.name ?? c.courierId ?? 'Unknown courier'}</td>
                  <Num>{formatVnd(c.unremittedAmount)}</Num>
                  <Num>{count(c.parcels)}</Num>
                  <td>{formatVnTime(c.oldestDeliveredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </ConsoleSection>
  );
}

/** Notification success per channel, today and over 7 days. */
export function NotificationsSection({ notifications }: { notifications: OverviewSnapshot['notifications'] }) {
  const today = new Map(notifications.today.map((n) => [n.channel, n]));
  return (
    <ConsoleSection id="overview-notifications" title="Notifications">
      {notifications.last7Days.length === 0 ? (
        <p className="hint">No notifications in the last 7 days.</p>
      ) : (
        <TableScroll>
          <table className="data-table" aria-label="Notification success by channel">
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col" className="num">
                  Sent today
                </th>
                <th scope="col" className="num">
                  Failed today
                </th>
                <th scope="col" className="num">
                  Success today
                </th>
                <th scope="col" className="num">
                  Success, 7 days
                </th>
              </tr>
            </thead>
            <tbody>
              {notifications.last7Days.map((week) => {
                const day = today.get(week.channel);
                const low = week.successRate !== null && week.successRate < 0.95;
                return (
                  <tr key={week.channel}>
                    <td>{channelLabel(week.channel)}</td>
                    <Num>{count(day?.sent ?? 0)}</Num>
                    <Num>{count(day?.failed ?? 0)}</Num>
                    <Num>{percent(day?.successRate ?? null)}</Num>
                    <td className={low ? 'num overdue-text' : 'num'}>{percent(week.successRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </ConsoleSection>
  );
}

function LagCell({ service }: { service: ServiceHealth }) {
  const total = totalLag(service);
  if (total === null) return <td className="num">—</td>;
  return (
    <td className="num">
      {count(total)}
      {service.consumerLag && service.consumerLag.length > 0 ? (
        <ul className="lag-list">
          {service.consumerLag.map((l) => (
            <li key={l.topic}>
              {l.topic}: {count(l.lag)}
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

/** Every service: health (Down in red), consumer lag per topic, outbox backlog, dead letters. */
export function ServicesSection({ services }: { services: ServiceHealth[] }) {
  return (
    <ConsoleSection id="overview-services" title="Services" className="overview-wide">
      <TableScroll>
        <table className="data-table" aria-label="Services">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Health</th>
              <th scope="col" className="num">
                Consumer lag
              </th>
              <th scope="col" className="num">
                Outbox backlog
              </th>
              <th scope="col" className="num">
                Dead letters
              </th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.service}>
                <td>{s.service}</td>
                <td>
                  <span className={`health health-${s.status.toLowerCase().replace('_', '-')}`}>{healthText(s.status)}</span>
                  {s.status === 'DOWN' && s.error ? <span className="health-why"> ({s.error})</span> : null}
                  {s.status === 'NOT_READY' && s.failing.length > 0 ? <span className="health-why"> ({s.failing.join(', ')})</span> : null}
                </td>
                <LagCell service={s} />
                <Num>{s.outboxBacklog === undefined ? '—' : count(s.outboxBacklog)}</Num>
                <Num>{s.deadLetters === undefined ? '—' : count(s.deadLetters)}</Num>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </ConsoleSection>
  );
}

/** The newest orders, each a link to its page in the order explorer. */
export function RecentOrdersSection({ orders }: { orders: OverviewSnapshot['recentOrders'] }) {
  return (
    <ConsoleSection id="overview-recent-orders" title="Recent orders" className="overview-wide">
      <TableScroll>
        <table className="data-table" aria-label="Recent orders">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Payment</th>
              <th scope="col">Placed</th>
            </tr>
          </thead>
          <tbody>
            {(orders ?? []).map((o) => (
              <tr key={o.orderId}>
                <td>
                  <Link to={consolePaths.order(o.orderId)}>{o.code}</Link>
                </td>
                <td>{enumLabel(o.status)}</td>
                <Num>{formatVnd(o.totalAmount)}</Num>
                <td>{o.paymentMethod === 'COD' ? 'COD' : enumLabel(o.paymentMethod)}</td>
                <td>
                  <time dateTime={o.placedAt}>{formatVnTime(o.placedAt)}</time>
                </td>
              </tr>
            ))}
            {!orders || orders.length === 0 ? (
              <tr>
                <td colSpan={5} className="hint">
                  No orders yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
    </ConsoleSection>
  );
}
