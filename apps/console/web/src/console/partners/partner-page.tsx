import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { formatVnTime } from '../../format/vn-time';
import { ConfirmButton, DeskAlert, DeskLoading, DeskStatus, useDeskAction } from '../desk-kit/desk-ui';
import { roleAtLeast } from '../session/operator-role';
import { useOperator } from '../session/operator-context';
import { IssuedSecrets } from './issued-secrets';
import { kindLabel } from './partner-forms';
import { partnerPaths } from './partner-paths';
import { PartnerMarketplaces } from './partner-marketplaces';
import { PartnerSettingsForm } from './partner-settings-form';
import type { Partner, RotatedCredentials } from './partner-types';
import { PartnersApi } from './partners-api';
import { RotateForm } from './rotate-form';
import { TrustReportCard } from '../trust/trust-report-view';
import '../desk-kit/desk.css';

/**
 * One partner: details, credentials (rotate, revoke), status (disable, enable), settings, a payment partner's
 * marketplaces, a marketplace's or courier's trust score and its trend.
 */
export function PartnerPage() {
  const { partnerId = '' } = useParams();
  const { client, operator } = useOperator();
  const api = useMemo(() => new PartnersApi(client), [client]);
  const admin = roleAtLeast(operator.role, 'admin');
  const loaded = useLoader(() => api.get(partnerId), [api, partnerId]);
  const [fresh, setFresh] = useState<Partner | null>(null);
  const partner = fresh && fresh.id === partnerId && loaded.data && fresh.revision >= loaded.data.revision ? fresh : loaded.data;
  const action = useDeskAction();
  const [rotated, setRotated] = useState<RotatedCredentials | null>(null);

  /** Runs an action that answers the partner, and shows the answer. */
  const act = (name: string, call: () => Promise<Partner>, doneText: string) =>
    void action.run(
      name,
      async () => {
        setFresh(await call());
        loaded.reload();
      },
      doneText,
    );

  return (
    <article className="desk" aria-labelledby="partner-title">
      <p className="desk-breadcrumb">
        <Link to={partnerPaths.list()}>All partners</Link>
      </p>
      <div className="page-head">
        <h1 id="partner-title">{partner ? partner.name : 'Partner'}</h1>
      </div>
      <DeskAlert error={loaded.error} />
      {loaded.loading && !partner ? <DeskLoading what="the partner" /> : null}
      {action.done ? <DeskStatus>{action.done}</DeskStatus> : null}
      <DeskAlert error={action.failure} />
      {rotated && partner ? (
        <IssuedSecrets partnerName={partner.name} credentials={rotated.credentials} previousValidUntil={rotated.previousValidUntil} onDone={() => setRotated(null)} />
      ) : null}
      {partner ? (
        <>
          <section className="card desk-section" aria-labelledby="partner-details-title">
            <h2 id="partner-details-title">Details</h2>
            <dl className="desk-facts">
              <dt>Kind</dt>
              <dd>{kindLabel(partner.kind)}</dd>
              <dt>Status</dt>
              <dd>
                <span className={`desk-tag ${partner.status === 'ACTIVE' ? 'desk-tag-ok' : 'desk-tag-danger'}`}>{partner.status === 'ACTIVE' ? 'Active' : 'Disabled'}</span>
              </dd>
              <dt>Partner id</dt>
              <dd>
                <code>{partner.id}</code>
              </dd>
              <dt>Revision</dt>
              <dd>{partner.revision}</dd>
              <dt>Onboarded</dt>
              <dd>{formatVnTime(partner.createdAt)}</dd>
              <dt>Last changed</dt>
              <dd>{formatVnTime(partner.updatedAt)}</dd>
            </dl>
            {admin ? (
              partner.status === 'ACTIVE' ? (
                <ConfirmButton
                  label="Disable partner"
                  consequence={`Every service refuses ${partner.name}'s credentials and webhooks within seconds, until it is enabled again.`}
                  busy={action.busy !== null}
                  danger
                  onConfirm={() => act('disable', () => api.setEnabled(partner.id, false), 'Partner disabled')}
                />
              ) : (
                <button type="button" className="button small" disabled={action.busy !== null} onClick={() => act('enable', () => api.setEnabled(partner.id, true), 'Partner enabled')}>
                  Enable partner
                </button>
              )
            ) : null}
          </section>

          <section className="card desk-section" aria-labelledby="partner-credentials-title">
            <h2 id="partner-credentials-title">Credentials</h2>
            <div className="desk-table-wrap">
              <table className="desk-table">
                <caption>Credentials (metadata only: keys and secrets are never shown again)</caption>
                <thead>
                  <tr>
                    <th scope="col">Id</th>
                    <th scope="col">Type</th>
                    <th scope="col">Status</th>
                    <th scope="col">Created</th>
                    <th scope="col">Expires</th>
                    {admin ? <th scope="col">Action</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {partner.credentials.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <code>{c.id}</code>
                      </th>
                      <td>{c.type === 'API_KEY' ? 'API key' : 'Webhook secret'}</td>
                      <td>
                        <span className={`desk-tag ${c.valid ? 'desk-tag-ok' : 'desk-tag-danger'}`}>
                          {c.status === 'REVOKED' ? `Revoked ${formatVnTime(c.revokedAt)}` : c.valid ? 'Valid' : 'Expired'}
                        </span>
                      </td>
                      <td>{formatVnTime(c.createdAt)}</td>
                      <td>{c.expiresAt ? formatVnTime(c.expiresAt) : 'Never'}</td>
                      {admin ? (
                        <td>
                          {c.status === 'ACTIVE' ? (
                            <ConfirmButton
                              label="Revoke"
                              name={`Revoke ${c.id}`}
                              consequence={`The ${c.type === 'API_KEY' ? 'API key' : 'webhook secret'} ${c.id} stops working at once.`}
                              busy={action.busy !== null}
                              danger
                              onConfirm={() => act(`revoke-${c.id}`, () => api.revoke(partner.id, c.id), 'Credential revoked')}
                            />
                          ) : null}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {admin ? (
              <RotateForm
                partner={partner}
                api={api}
                onRotated={(r) => {
                  setRotated(r);
                  setFresh(r.partner);
                  loaded.reload();
                }}
              />
            ) : null}
          </section>

          <PartnerSettingsForm
            key={`${partner.id}:${partner.revision}`}
            partner={partner}
            api={api}
            canEdit={admin}
            busy={action.busy !== null}
            onSave={(body) => act('save', () => api.update(partner.id, body), 'Settings saved')}
          />

          {partner.kind === 'PAYMENT_PARTNER' ? (
            <PartnerMarketplaces partner={partner} api={api} canEdit={admin} busy={action.busy !== null} onChange={(name, call, done) => act(name, call, done)} />
          ) : null}
          {partner.kind === 'MARKETPLACE' ? <TrustReportCard kind="marketplace" id={partner.id} /> : null}
          {partner.kind === 'COURIER' ? <TrustReportCard kind="courier" id={partner.id} /> : null}
        </>
      ) : null}
    </article>
  );
}
