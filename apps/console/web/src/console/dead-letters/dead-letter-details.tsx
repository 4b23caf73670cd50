import { useLoader } from '../../app/use-loader';
import { formatVnTime } from '../../format/vn-time';
import { DeskAlert, DeskLoading } from '../desk-kit/desk-ui';
import { bytesText, originText, payloadView } from './dead-letter-display';
import type { DeadLettersApi } from './dead-letters-api';

/** One dead letter with its message and headers (admins; each view is audited). */
export function DeadLetterDetails({ id, api, onClose }: { id: string; api: DeadLettersApi; onClose(): void }) {
  const detail = useLoader(() => api.get(id), [api, id]);
  const d = detail.data;
  const payload = d ? payloadView(d.payload, d.payloadEncoding) : null;
  return (
    <section className="card desk-section" aria-labelledby="dead-letter-detail-title">
      <div className="page-head">
        <h2 id="dead-letter-detail-title">Dead letter {d?.eventType ?? id}</h2>
        <button type="button" className="button small" onClick={onClose}>
          Close details
        </button>
      </div>
      <DeskAlert error={detail.error} />
      {detail.loading && !d ? <DeskLoading what="the message" /> : null}
      {d && payload ? (
        <>
          <dl className="desk-facts">
            <dt>Service</dt>
            <dd>{d.service}</dd>
            <dt>Consumer group</dt>
            <dd>{d.consumerGroup ?? '—'}</dd>
            <dt>Reason</dt>
            <dd>{d.reason}</dd>
            <dt>Detail</dt>
            <dd className="desk-message-body">{d.detail || '—'}</dd>
            <dt>Failed</dt>
            <dd>{formatVnTime(d.failedAt)}</dd>
            <dt>Original message</dt>
            <dd>{originText(d.originalTopic, d.originalPartition, d.originalOffset)}</dd>
            <dt>Event</dt>
            <dd>
              {d.eventType ?? '—'} {d.eventId ? <code className="small">{d.eventId}</code> : null}
            </dd>
            <dt>Key</dt>
            <dd>{d.key === null ? '—' : <code>{d.keyEncoding === 'base64' ? `base64: ${d.key}` : d.key}</code>}</dd>
            <dt>Dead-letter topic</dt>
            <dd>{originText(d.deadLetterTopic, d.deadLetterPartition, d.deadLetterOffset)}</dd>
            <dt>Replays</dt>
            <dd>
              {d.replayCount === 0 ? 'Never replayed' : `${d.replayCount}, last ${formatVnTime(d.replayedAt)}${d.lastReplay ? ` to partition ${d.lastReplay.partition} at offset ${d.lastReplay.offset}` : ''}`}
              {d.replayedFrom ? ` (this message had been replayed from dead letter ${d.replayedFrom})` : ''}
            </dd>
          </dl>
          <h3>Payload</h3>
          <p className="small">
            {payload.kind === 'empty' ? 'No value (a tombstone).' : `${bytesText(d.payloadBytes)}${payload.kind === 'base64' ? ', not UTF-8: shown as base64' : payload.kind === 'json' ? ', JSON' : ''}. May hold personal data.`}
            {payload.truncated ? ' Cut for display.' : ''}
          </p>
          {payload.kind !== 'empty' ? (
            <pre className="desk-payload" tabIndex={0} aria-label="Payload">
              {payload.text}
            </pre>
          ) : null}
          <h3>Headers</h3>
          {d.headers.length === 0 ? (
            <p>No headers.</p>
          ) : (
            <div className="desk-table-wrap">
              <table className="desk-table">
                <caption>Message headers</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {d.headers.map((h, i) => (
                    <tr key={`${h.name}-${i}`}>
                      <th scope="row">
                        <code>{h.name}</code>
                      </th>
                      <td className="desk-message-body">
                        <code>{h.encoding === 'base64' ? `base64: ${h.value}` : h.value}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
