import { type FormEvent, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { useOperator } from '../session/operator-context';
import { DeskAlert, DeskLoading, usePolling } from '../desk-kit/desk-ui';
import { MediationApi, QUEUE_PAGE } from './mediation-api';
import { deadlineBadge, orderQueue, wordOf } from './mediation-queue';
import { mediationPaths } from './mediation-paths';
import '../desk-kit/desk.css';

/** The mediators' queue: escalated disputes, vulnerable consumers first, then by the mediator's deadline. */
export function MediationQueuePage() {
  const { client } = useOperator();
  const api = useMemo(() => new MediationApi(client), [client]);
  const [params, setParams] = useSearchParams();
  const marketplaceId = params.get('marketplaceId') ?? undefined;
  const queue = useLoader(() => api.queue({ marketplaceId, limit: QUEUE_PAGE }), [api, marketplaceId]);
  usePolling(queue.reload, 30_000);
  const filterByMarketplace = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('marketplaceId') ?? '').trim();
    setParams(value ? { marketplaceId: value } : {});
  };
  const now = Date.now();
  const items = queue.data ? orderQueue(queue.data.items) : [];

  return (
    <article className="desk" aria-labelledby="mediation-title">
      <div className="page-head">
        <h1 id="mediation-title">Mediation desk</h1>
        <div className="head-actions">
          <button type="button" className="button small" onClick={queue.reload} disabled={queue.loading}>
            Refresh
          </button>
        </div>
      </div>
      <form className="desk-actions" aria-label="Filter the queue" onSubmit={filterByMarketplace}>
        <div className="field">
          <label htmlFor="mq-marketplace">Marketplace id</label>
          <input id="mq-marketplace" name="marketplaceId" key={marketplaceId ?? ''} defaultValue={marketplaceId ?? ''} placeholder="Every marketplace" spellCheck={false} />
        </div>
        <button type="submit" className="button small">
          Filter
        </button>
      </form>
      <DeskAlert error={queue.error} />
      {queue.loading && !queue.data ? <DeskLoading what="the queue" /> : null}
      {queue.data ? (
        <>
          <p className="desk-note">
            {queue.data.total === 0
              ? 'No escalated disputes are waiting for a mediator.'
              : `${queue.data.total} case${queue.data.total === 1 ? '' : 's'} waiting (as of ${formatVnTime(queue.data.asOf)}). Vulnerable consumers come first, then the earliest deadline.`}
            {queue.data.total > items.length ? ` Showing the first ${items.length}: decide these first, or narrow the queue to one marketplace.` : null}
          </p>
          {marketplaceId ? (
            <p className="desk-note">
              Only marketplace <code>{marketplaceId}</code>. <Link to={mediationPaths.queue()}>Show every marketplace</Link>
            </p>
          ) : null}
          <div className="desk-table-wrap">
            <table className="desk-table">
              <caption>Queue</caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Asked for</th>
                  <th scope="col">Order total</th>
                  <th scope="col">Money</th>
                  <th scope="col">Decide by</th>
                  <th scope="col">Case</th>
                </tr>
              </thead>
              <tbody>
                {items.map((d) => {
                  const badge = deadlineBadge(d, now);
                  return (
                    <tr key={d.disputeId} className={badge.overdue ? 'desk-row-overdue' : undefined}>
                      <th scope="row">{d.orderCode}</th>
                      <td>
                        {d.priority === 'VULNERABLE' ? (
                          <span className="desk-tag desk-tag-vulnerable">Vulnerable consumer{d.vulnerableCategory ? `: ${wordOf(d.vulnerableCategory)}` : ''}</span>
                        ) : (
                          'Normal'
                        )}
                      </td>
                      <td>{wordOf(d.reason)}</td>
                      <td>
                        {wordOf(d.requestedOutcome)}
                        {d.requestedAmount !== null ? ` (${formatVnd(d.requestedAmount)})` : ''}
                      </td>
                      <td className="desk-amount">{formatVnd(d.orderTotal)}</td>
                      <td>{d.moneyHeld === true ? 'Held' : d.moneyHeld === false ? 'Not held (claw-back)' : 'Unknown'}</td>
                      <td className={badge.overdue ? 'desk-overdue' : undefined}>
                        <span>{formatVnTime(d.mediatorDueAt)}</span>
                        <br />
                        <span className="small">{badge.text}</span>
                      </td>
                      <td>
                        <Link to={mediationPaths.case(d.disputeId)} aria-label={`Open case ${d.orderCode}`}>
                          Open case
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </article>
  );
}
