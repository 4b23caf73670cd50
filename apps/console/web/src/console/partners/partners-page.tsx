import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { formatVnTime } from '../../format/vn-time';
import { DeskAlert, DeskLoading } from '../desk-kit/desk-ui';
import { roleAtLeast } from '../session/operator-role';
import { useOperator } from '../session/operator-context';
import { IssuedSecrets } from './issued-secrets';
import { OnboardForm } from './onboard-form';
import { kindLabel } from './partner-forms';
import { partnerPaths } from './partner-paths';
import { PARTNER_KINDS, PARTNER_STATUSES, type CreatedPartner, type Partner, type PartnerKind, type PartnerStatus } from './partner-types';
import { PartnersApi } from './partners-api';
import '../desk-kit/desk.css';

/** The partner registry: every partner (filtered by kind and status); admins onboard new ones. */
export function PartnersPage() {
  const { client, operator } = useOperator();
  const api = useMemo(() => new PartnersApi(client), [client]);
  const admin = roleAtLeast(operator.role, 'admin');
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const [status, setStatus] = useState<PartnerStatus | ''>('');
  const [more, setMore] = useState<Partner[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const list = useLoader(async () => {
    const page = await api.list({ kind: kind || undefined, status: status || undefined });
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [api, kind, status]);
  const directory = useLoader(
    async () => (admin ? { marketplaces: await api.all('MARKETPLACE'), payment: await api.all('PAYMENT_PARTNER') } : { marketplaces: [], payment: [] }),
    [api, admin],
  );
  const [created, setCreated] = useState<CreatedPartner | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.list({ kind: kind || undefined, status: status || undefined, cursor });
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  const rows = [...(list.data?.items ?? []), ...more];

  return (
    <article className="desk" aria-labelledby="partners-title">
      <div className="page-head">
        <h1 id="partners-title">Partners</h1>
      </div>
      {created ? (
        <>
          <IssuedSecrets partnerName={created.partner.name} credentials={created.credentials} onDone={() => setCreated(null)} />
          <p>
            <Link to={partnerPaths.partner(created.partner.id)}>Open {created.partner.name}</Link>
          </p>
        </>
      ) : null}
      <section className="card desk-section" aria-labelledby="partner-list-title">
        <h2 id="partner-list-title">Registry</h2>
        <div className="desk-actions">
          <div className="field">
            <label htmlFor="partners-kind">Partner type</label>
            <select id="partners-kind" value={kind} onChange={(e) => setKind(e.target.value as PartnerKind | '')}>
              <option value="">All kinds</option>
              {PARTNER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="partners-status">Partner status</label>
            <select id="partners-status" value={status} onChange={(e) => setStatus(e.target.value as PartnerStatus | '')}>
              <option value="">Any status</option>
              {PARTNER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s === 'ACTIVE' ? 'Active' : 'Disabled'}
                </option>
              ))}
            </select>
          </div>
        </div>
        <DeskAlert error={list.error} />
        {list.loading && !list.data ? <DeskLoading what="the partners" /> : null}
        {list.data ? (
          rows.length === 0 ? (
            <p>No partner matches.</p>
          ) : (
            <div className="desk-table-wrap">
              <table className="desk-table">
                <caption>Partners</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col">Valid credentials</th>
                    <th scope="col">Onboarded</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={partnerPaths.partner(p.id)}>{p.name}</Link>
                      </th>
                      <td>{kindLabel(p.kind)}</td>
                      <td>
                        <span className={`desk-tag ${p.status === 'ACTIVE' ? 'desk-tag-ok' : 'desk-tag-danger'}`}>{p.status === 'ACTIVE' ? 'Active' : 'Disabled'}</span>
                      </td>
                      <td>{p.credentials.filter((c) => c.valid).length}</td>
                      <td>{formatVnTime(p.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
        <DeskAlert error={moreError} />
        {cursor ? (
          <button type="button" className="button small" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Show more partners'}
          </button>
        ) : null}
      </section>
      {admin ? (
        <OnboardForm
          api={api}
          marketplaces={directory.data?.marketplaces ?? []}
          paymentPartners={directory.data?.payment ?? []}
          onCreated={(c) => {
            setCreated(c);
            list.reload();
            directory.reload();
          }}
        />
      ) : (
        <p className="desk-note">Only admins can onboard or change partners.</p>
      )}
    </article>
  );
}
