import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { enumLabel } from '../overview/overview-figures';
import { useOperator } from '../session/operator-context';
import { consolePaths } from '../shell/console-paths';
import { ConsoleError, TableScroll, useConsoleTitle } from '../shell/console-ui';
import type { OrderSearchResult } from './order-types';
import { matchedByText, orderName, searchOrders } from './orders-api';

/** `/console/orders?q=`: find orders by code, order id, external id or buyer phone; the text lives in the address. */
export function OrdersPage() {
  useConsoleTitle('Orders');
  const { client } = useOperator();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [text, setText] = useState(q);
  const [mistake, setMistake] = useState<string | null>(null);
  // Back and forward change the address: the box follows it.
  useEffect(() => setText(q), [q]);
  const found = useLoader<OrderSearchResult | null>(() => (q ? searchOrders(client, q) : Promise.resolve(null)), [q, client]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const wanted = text.trim();
    if (!wanted) {
      setMistake('Enter an order code, order id, external id or phone number.');
      document.getElementById('order-search')?.focus();
      return;
    }
    setMistake(null);
    if (wanted === q) found.reload();
    else setParams({ q: wanted });
  }

  return (
    <>
      <h1>Orders</h1>
      <form role="search" className="console-search" onSubmit={submit} noValidate>
        <div className={`field${mistake ? ' field-invalid' : ''}`}>
          <label htmlFor="order-search">Search orders</label>
          <p className="hint" id="order-search-hint">
            Order code, order id, the marketplace’s external id, or the buyer’s phone number.
          </p>
          <div className="console-search-row">
            <input
              id="order-search"
              type="search"
              name="q"
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={mistake ? 'order-search-hint order-search-error' : 'order-search-hint'}
              aria-invalid={mistake ? true : undefined}
            />
            <button type="submit" className="button primary console-search-button">
              Search
            </button>
          </div>
          {mistake ? (
            <p className="field-error" id="order-search-error">
              {mistake}
            </p>
          ) : null}
        </div>
      </form>
      {q ? <SearchResults q={q} result={found.data} error={found.error} loading={found.loading} /> : null}
    </>
  );
}

function SearchResults({ q, result, error, loading }: { q: string; result: OrderSearchResult | null; error: unknown; loading: boolean }) {
  if (error && !loading) return <ConsoleError error={error} />;
  if (loading || !result) {
    return (
      <p className="loading" role="status">
        Searching…
      </p>
    );
  }
  return (
    <section className="console-card" aria-labelledby="order-results-title">
      <h2 id="order-results-title">Results</h2>
      <p role="status">{result.items.length === 0 ? `No order matches “${q}”.` : `${result.items.length} order${result.items.length === 1 ? '' : 's'} found for “${q}”.`}</p>
      {result.items.length > 0 ? (
        <TableScroll>
          <table className="data-table" aria-label="Orders found">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Payment</th>
                <th scope="col">External id</th>
                <th scope="col">Buyer phone</th>
                <th scope="col">Placed</th>
                <th scope="col">Matched by</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((o) => (
                <tr key={o.orderId}>
                  <td>
                    <Link to={consolePaths.order(o.orderId)}>{orderName(o)}</Link>
                  </td>
                  <td>{enumLabel(o.status)}</td>
                  <td className="num">{formatVnd(o.totalAmount)}</td>
                  <td>{o.paymentMethod === 'COD' ? 'COD' : enumLabel(o.paymentMethod)}</td>
                  <td>{o.externalId ?? '—'}</td>
                  <td>{o.buyerPhone ?? '—'}</td>
                  <td>{o.placedAt ? <time dateTime={o.placedAt}>{formatVnTime(o.placedAt)}</time> : '—'}</td>
                  <td>{matchedByText(o.matchedBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
