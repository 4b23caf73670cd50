import { useMemo } from 'react';
import { ApiError } from '../../api/api-error';
import { useLoader } from '../../app/use-loader';
import { formatVnTime } from '../../format/vn-time';
import { DeskAlert, DeskLoading } from '../desk-kit/desk-ui';
import { useOperator } from '../session/operator-context';
import { TrustApi } from './trust-api';
import { KIND_LABELS, labelText, partRows, scoreBand, scoreText } from './trust-figures';
import { TrustTrendChart } from './trust-trend-chart';
import type { TrustKind, TrustReport } from './trust-types';

const BAND_CLASSES = {
  good: 'desk-tag desk-tag-ok',
  fair: 'desk-tag desk-tag-vulnerable',
  poor: 'desk-tag desk-tag-danger',
  unjudged: 'desk-tag',
} as const;
const bandClass = (score: number | null): string => BAND_CLASSES[scoreBand(score)];

/** A trust report: the two windows' scores and parts, the courier's label, and the trend. */
export function TrustReportBody({ report }: { report: TrustReport }) {
  const { '30d': d30, '90d': d90 } = report.windows;
  return (
    <>
      <dl className="desk-facts">
        <dt>Score, last 30 days</dt>
        <dd>
          <span className={bandClass(d30.score)}>{scoreText(d30.score)}</span> ({d30.from} to {d30.to})
        </dd>
        <dt>Score, last 90 days</dt>
        <dd>
          <span className={bandClass(d90.score)}>{scoreText(d90.score)}</span> ({d90.from} to {d90.to})
        </dd>
        {report.label ? (
          <>
            <dt>Label</dt>
            <dd>
              <span className={`desk-tag ${report.label.safeDelivery ? 'desk-tag-ok' : ''}`}>{report.label.safeDelivery ? 'Safe delivery' : 'No label'}</span>{' '}
              {labelText(report.label)}
            </dd>
          </>
        ) : null}
        <dt>As of</dt>
        <dd>{formatVnTime(report.asOf)}</dd>
      </dl>
      <div className="desk-table-wrap">
        <table className="desk-table">
          <caption>What the score is made of</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Last 30 days</th>
              <th scope="col">Last 90 days</th>
            </tr>
          </thead>
          <tbody>
            {partRows(report).map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.d30}</td>
                <td>{r.d90}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TrustTrendChart report={report} />
    </>
  );
}

/**
 * Loads and shows one subject's trust report in a card (the partner page's section, the trust desk's result). A
 * subject with no history yet (404) says so instead of failing.
 */
export function TrustReportCard({ kind, id, title }: { kind: TrustKind; id: string; title?: string }) {
  const { client } = useOperator();
  const api = useMemo(() => new TrustApi(client), [client]);
  const loaded = useLoader(() => api.report(kind, id), [api, kind, id]);
  const unknown = loaded.error instanceof ApiError && loaded.error.status === 404;
  const headingId = `trust-${kind}-title`;
  return (
    <section className="card desk-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? `${KIND_LABELS[kind]} trust score`}</h2>
      {unknown ? <p>No trust history for this {KIND_LABELS[kind].toLowerCase()} yet.</p> : <DeskAlert error={loaded.error} />}
      {loaded.loading && !loaded.data ? <DeskLoading what="the trust score" /> : null}
      {loaded.data ? <TrustReportBody report={loaded.data} /> : null}
    </section>
  );
}
