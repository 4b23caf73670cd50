import { useMemo, useRef, useState } from 'react';
import { useLoader } from '../../app/use-loader';
import { formatVnTime } from '../../format/vn-time';
import { newIdempotencyKey } from '../../session/idempotency-key';
import { ConfirmButton, DeskAlert, DeskLoading, DeskStatus, useDeskAction } from '../desk-kit/desk-ui';
import { roleAtLeast } from '../session/operator-role';
import { useOperator } from '../session/operator-context';
import { DeadLetterDetails } from './dead-letter-details';
import { originText, summarizeOpen } from './dead-letter-display';
import { type DeadLetterFilter, type DeadLetterStateFilter, type DeadLetterSummary, KNOWN_REASONS, SERVICE_NAMES } from './dead-letter-types';
import { DeadLettersApi } from './dead-letters-api';
import '../desk-kit/desk.css';

/**
 * The dead-letter desk: the open dead letters per service and reason, the list (filtered), and for admins each
 * message with its payload and a replay onto its original topic.
 */
export function DeadLettersPage() {
  const { client, operator } = useOperator();
  const api = useMemo(() => new DeadLettersApi(client), [client]);
  const admin = roleAtLeast(operator.role, 'admin');
  const [filter, setFilter] = useState<DeadLetterFilter>({ service: '', reason: '', state: 'open' });
  const [more, setMore] = useState<DeadLetterSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const list = useLoader(async () => {
    const page = await api.list(filter);
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [api, filter.service, filter.reason, filter.state]);
  const [opened, setOpened] = useState<string | null>(null);
  const action = useDeskAction();
  const [replayed, setReplayed] = useState<{ id: string; text: string } | null>(null);
  // One key per dead letter: a retry of the same replay (lost answer, double click) is answered once.
  const keys = useRef(new Map<string, string>());

  const summary = list.data ? summarizeOpen(list.data.openCounts) : [];
  const reasons = [...new Set([...KNOWN_REASONS, ...(list.data?.openCounts.map((c) => c.reason) ?? [])])];
  const rows = [...(list.data?.items ?? []), ...more];

  const loadMore = () =>
    void action.run(
      'more',
      async () => {
        if (!cursor) return;
        const page = await api.list(filter, cursor);
        setMore((m) => [...m, ...page.items]);
        setCursor(page.nextCursor);
      },
      '',
    );

  const replay = (d: DeadLetterSummary) => {
    const key = keys.current.get(d.id) ?? newIdempotencyKey();
    keys.current.set(d.id, key);
    const answer: { text: string } = { text: 'Replayed' };
    void action
      .run(
        `replay-${d.id}`,
        async () => {
          const r = await api.replay(d.id, key);
          answer.text = `Replayed onto ${r.replayedTo.topic} (partition ${r.replayedTo.partition}, offset ${r.replayedTo.offset}).`;
        },
        'Replayed',
      )
      .then((ok) => {
        if (ok) {
          setReplayed({ id: d.id, text: answer.text });
          list.reload();
        }
      });
  };
  return (
    <article className="desk" aria-labelledby="dead-letters-title">
      <div className="page-head">
        <h1 id="dead-letters-title">Dead letters</h1>
        <div className="head-actions">
          <button type="button" className="button small" onClick={list.reload} disabled={list.loading}>
            Refresh
          </button>
        </div>
      </div>
      <p className="desk-note">Messages a service could not process, kept by the console. Replaying sends the original message again to its topic; consumers that already processed it skip it.</p>
      {replayed && action.done === 'Replayed' ? <DeskStatus>{replayed.text}</DeskStatus> : null}
      <DeskAlert error={action.failure} />

      <section className="card desk-section" aria-labelledby="dead-letter-summary-title">
        <h2 id="dead-letter-summary-title">Open by service and reason</h2>
        {list.loading && !list.data ? <DeskLoading what="the dead letters" /> : null}
        {list.data && summary.length === 0 ? <p>No open dead letters.</p> : null}
        {summary.length > 0 ? (
          <div className="desk-table-wrap">
            <table className="desk-table">
              <caption>Open by service and reason</caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Open</th>
                  <th scope="col">Oldest</th>
                  <th scope="col">Latest</th>
                  <th scope="col">Filter</th>
                </tr>
              </thead>
              <tbody>
                {summary.flatMap((s) =>
                  s.reasons.map((r, i) => (
                    <tr key={`${s.service}:${r.reason}`}>
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={s.reasons.length}>
                          {s.service} <span className="small">({s.open} open)</span>
                        </th>
                      ) : null}
                      <td>{r.reason}</td>
                      <td className="desk-amount">{r.open}</td>
                      <td>{formatVnTime(r.oldestFailedAt)}</td>
                      <td>{formatVnTime(r.latestFailedAt)}</td>
                      <td>
                        <button type="button" className="button small" aria-label={`Show ${s.service} ${r.reason}`} onClick={() => setFilter({ service: s.service, reason: r.reason, state: 'open' })}>
                          Show
                        </button>
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section className="card desk-section" aria-labelledby="dead-letter-list-title">
        <h2 id="dead-letter-list-title">List</h2>
        <div className="desk-actions">
          <div className="field">
            <label htmlFor="dl-service">Service</label>
            <select id="dl-service" value={filter.service} onChange={(e) => setFilter((f) => ({ ...f, service: e.target.value }))}>
              <option value="">All services</option>
              {SERVICE_NAMES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dl-reason">Reason</label>
            <select id="dl-reason" value={filter.reason} onChange={(e) => setFilter((f) => ({ ...f, reason: e.target.value }))}>
              <option value="">All reasons</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dl-state">State</label>
            <select id="dl-state" value={filter.state} onChange={(e) => setFilter((f) => ({ ...f, state: e.target.value as DeadLetterStateFilter }))}>
              <option value="open">Open</option>
              <option value="replayed">Replayed</option>
              <option value="all">All</option>
            </select>
          </div>
        </div>
        <DeskAlert error={list.error} />
        {list.data && rows.length === 0 ? <p>No dead letters match.</p> : null}
        {rows.length > 0 ? (
          <div className="desk-table-wrap">
            <table className="desk-table">
              <caption>Dead letters</caption>
              <thead>
                <tr>
                  <th scope="col">Failed</th>
                  <th scope="col">Service</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Event</th>
                  <th scope="col">Detail</th>
                  <th scope="col">Original topic</th>
                  <th scope="col">State</th>
                  {admin ? <th scope="col">Actions</th> : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id} className={opened === d.id ? 'desk-selected' : undefined}>
                    <td>{formatVnTime(d.failedAt)}</td>
                    <td>{d.service}</td>
                    <td>{d.reason}</td>
                    <td>{d.eventType ?? '—'}</td>
                    <td className="desk-message-body">{d.detail || '—'}</td>
                    <td>{originText(d.originalTopic, d.originalPartition, d.originalOffset)}</td>
                    <td>{d.state === 'open' ? 'Open' : `Replayed ${formatVnTime(d.replayedAt)}`}</td>
                    {admin ? (
                      <td>
                        <div className="desk-actions">
                          <button type="button" className="button small" onClick={() => setOpened(opened === d.id ? null : d.id)} aria-expanded={opened === d.id}>
                            {opened === d.id ? 'Hide details' : 'Details'}
                          </button>
                          {d.state === 'open' && d.originalTopic ? (
                            <ConfirmButton
                              label="Replay"
                              consequence={`Send this ${d.eventType ?? 'message'} again to ${originText(d.originalTopic, d.originalPartition, null)}?`}
                              busy={action.busy !== null}
                              onConfirm={() => replay(d)}
                            />
                          ) : null}
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {cursor ? (
          <button type="button" className="button small" onClick={loadMore} disabled={action.busy !== null}>
            Show more dead letters
          </button>
        ) : null}
      </section>

      {admin && opened ? <DeadLetterDetails id={opened} api={api} onClose={() => setOpened(null)} /> : null}
      {!admin ? <p className="desk-note">Only admins can read a message’s payload or replay it.</p> : null}
    </article>
  );
}
