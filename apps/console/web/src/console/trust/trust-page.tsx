import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { DeskAlert, DeskLoading } from '../desk-kit/desk-ui';
import { PartnersApi } from '../partners/partners-api';
import { useOperator } from '../session/operator-context';
import { KIND_LABELS, merchantTrustId, trustPaths } from './trust-figures';
import { TrustReportCard } from './trust-report-view';
import { TRUST_KINDS, type TrustKind } from './trust-types';
import '../desk-kit/desk.css';

/**
 * The trust desk: every marketplace and courier with a link to its trust report, and a merchant's report found by
 * its marketplace and seller id (merchants are not partners: marketplaces name them).
 */
export function TrustPage() {
  const { client } = useOperator();
  const api = useMemo(() => new PartnersApi(client), [client]);
  const partners = useLoader(
    async () => ({
      marketplaces: await api.all('MARKETPLACE'),
      couriers: await api.all('COURIER'),
    }),
    [api],
  );
  const navigate = useNavigate();
  const [marketplaceId, setMarketplaceId] = useState('');
  const [sellerId, setSellerId] = useState('');

  const findMerchant = (e: FormEvent) => {
    e.preventDefault();
    if (marketplaceId && sellerId.trim()) navigate(trustPaths.report('merchant', merchantTrustId(marketplaceId, sellerId.trim())));
  };

  return (
    <article className="desk" aria-labelledby="trust-title">
      <div className="page-head">
        <h1 id="trust-title">Trust scores</h1>
      </div>
      <p>
        Public scores over rolling 30- and 90-day windows: marketplaces and merchants from their complaints, couriers from their deliveries (with the safe-delivery label). The same
        figures answer <code>GET /v1/public/trust/&#123;kind&#125;/&#123;id&#125;</code>.
      </p>
      <DeskAlert error={partners.error} />
      {partners.loading && !partners.data ? <DeskLoading what="the partners" /> : null}
      <section className="card desk-section" aria-labelledby="trust-merchant-title">
        <h2 id="trust-merchant-title">A merchant</h2>
        <form className="desk-form" onSubmit={findMerchant}>
          <label>
            Marketplace
            <select value={marketplaceId} onChange={(e) => setMarketplaceId(e.target.value)} required>
              <option value="">Choose…</option>
              {(partners.data?.marketplaces ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Seller id (as the marketplace names the seller)
            <input value={sellerId} onChange={(e) => setSellerId(e.target.value)} required maxLength={100} />
          </label>
          <button type="submit" className="button">
            Show the merchant’s score
          </button>
        </form>
      </section>
      {partners.data
        ? (
            [
              ['marketplace', partners.data.marketplaces],
              ['courier', partners.data.couriers],
            ] as const
          ).map(([kind, list]) => {
            return (
              <section key={kind} className="card desk-section" aria-labelledby={`trust-${kind}s-title`}>
                <h2 id={`trust-${kind}s-title`}>{KIND_LABELS[kind]}s</h2>
                {list.length === 0 ? <p>None onboarded.</p> : null}
                <ul>
                  {list.map((p) => (
                    <li key={p.id}>
                      <Link to={trustPaths.report(kind, p.id)}>{p.name}</Link> <code>{p.id}</code>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        : null}
    </article>
  );
}

/** One subject's trust report (`/console/trust/:kind/:id`). */
export function TrustReportPage() {
  const { kind = '', id = '' } = useParams();
  const known = (TRUST_KINDS as readonly string[]).includes(kind);
  return (
    <article className="desk" aria-labelledby="trust-report-title">
      <p className="desk-breadcrumb">
        <Link to={trustPaths.search()}>Trust scores</Link>
      </p>
      <div className="page-head">
        <h1 id="trust-report-title">{known ? `${KIND_LABELS[kind as TrustKind]} ${id}` : 'Trust score'}</h1>
      </div>
      {known ? <TrustReportCard kind={kind as TrustKind} id={id} title="Score and trend" /> : <p>There is no such kind of trust score.</p>}
    </article>
  );
}
