import { useState } from 'react';
import { useLoader } from '../../app/use-loader';
import { ConfirmButton, DeskAlert } from '../desk-kit/desk-ui';
import type { Partner } from './partner-types';
import type { PartnersApi } from './partners-api';

/** The marketplaces a payment partner serves (admins bind and unbind). */
export function PartnerMarketplaces({
  partner,
  api,
  canEdit,
  busy,
  onChange,
}: {
  partner: Partner;
  api: PartnersApi;
  canEdit: boolean;
  busy: boolean;
  onChange(name: string, call: () => Promise<Partner>, doneText: string): void;
}) {
  const marketplaces = useLoader(() => api.all('MARKETPLACE'), [api]);
  const [chosen, setChosen] = useState('');
  const nameOf = (id: string) => marketplaces.data?.find((m) => m.id === id)?.name ?? id;
  const unbound = (marketplaces.data ?? []).filter((m) => !partner.marketplaceIds.includes(m.id));

  return (
    <section className="card desk-section" aria-labelledby="partner-marketplaces-title">
      <h2 id="partner-marketplaces-title">Marketplaces served</h2>
      <DeskAlert error={marketplaces.error} />
      {partner.marketplaceIds.length === 0 ? <p>This payment partner serves no marketplace yet.</p> : null}
      <ul className="desk-inline-list">
        {partner.marketplaceIds.map((id) => (
          <li key={id}>
            <span>{nameOf(id)}</span>{' '}
            {canEdit ? (
              <ConfirmButton
                label="Unbind"
                name={`Unbind ${nameOf(id)}`}
                consequence={`${partner.name} stops serving ${nameOf(id)}.`}
                busy={busy}
                onConfirm={() => onChange(`unbind-${id}`, () => api.unbind(partner.id, id), 'Marketplace unbound')}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          className="desk-actions"
          aria-label="Bind a marketplace"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            const id = chosen;
            setChosen('');
            onChange(`bind-${id}`, () => api.bind(partner.id, id), 'Marketplace bound');
          }}
        >
          <div className="field">
            <label htmlFor="bind-marketplace">Marketplace</label>
            <select id="bind-marketplace" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose…</option>
              {unbound.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.status === 'DISABLED' ? ' (disabled)' : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button small" disabled={busy || !chosen}>
            Bind marketplace
          </button>
        </form>
      ) : null}
    </section>
  );
}
