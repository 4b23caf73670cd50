import { formatVnTime } from '../../format/vn-time';
import type { Loaded } from '../../app/use-loader';
import { DeskAlert, DeskLoading } from '../desk-kit/desk-ui';
import { isNotFound } from '../desk-kit/problem-text';
import { courierLines } from './evidence-display';
import { wordOf } from './mediation-queue';
import type { Shipment } from './mediation-types';

/** The order's shipments as the couriers reported them (delivery-tracking), oldest checkpoint first. */
export function CaseCourier({ shipments }: { shipments: Loaded<Shipment[] | null> }) {
  const lines = shipments.data ? courierLines(shipments.data) : [];
  return (
    <section className="card desk-section" aria-labelledby="case-courier-title">
      <h2 id="case-courier-title">Courier timeline</h2>
      {shipments.loading && !shipments.data ? <DeskLoading what="the shipments" /> : null}
      {isNotFound(shipments.error) ? <p>Delivery tracking knows no shipment of this order.</p> : <DeskAlert error={shipments.error} />}
      {shipments.data ? (
        <>
          <ul className="desk-inline-list">
            {shipments.data.map((s) => (
              <li key={s.shipmentId}>
                {s.direction === 'RETURN' ? 'Return' : 'Outbound'} {s.trackingNumber}: {s.status ? wordOf(s.status) : 'no checkpoint yet'}
                {s.deliveredAt ? ` (delivered ${formatVnTime(s.deliveredAt)})` : ''}
              </li>
            ))}
          </ul>
          {shipments.data.length === 0 ? <p>No shipment is registered for this order.</p> : null}
          {lines.length > 0 ? (
            <ol className="timeline desk-timeline">
              {lines.map((c) => (
                <li key={c.key} className={c.flagged ? 'desk-flagged' : undefined}>
                  <time dateTime={c.occurredAt}>{formatVnTime(c.occurredAt)}</time> {wordOf(c.status)}
                  <span className="small">
                    {' '}
                    ({c.direction === 'RETURN' ? 'return' : 'outbound'} {c.trackingNumber}
                    {c.location ? `, ${c.location}` : ''}
                    {c.late ? ', arrived late' : ''}
                    {c.flagged ? ', flagged' : ''})
                  </span>
                  {c.note ? <span className="small"> {c.note}</span> : null}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
