import { type FormEvent, useState } from 'react';
import { DeskAlert, useDeskAction } from '../desk-kit/desk-ui';
import { blankSettingsDraft, checkOnboard, kindLabel, type OnboardDraft, type SettingsDraft, type SettingsField } from './partner-forms';
import type { PartnersApi } from './partners-api';
import { PARTNER_KINDS, type CreatedPartner, type Partner, type PartnerKind } from './partner-types';
import { SettingsFields } from './settings-fields';

type Errors = Partial<Record<'kind' | 'name' | SettingsField, string>>;

/** Onboarding a partner (admins): kind, name, settings overriding the defaults, a payment partner's marketplaces. */
export function OnboardForm({
  api,
  marketplaces,
  paymentPartners,
  onCreated,
}: {
  api: PartnersApi;
  marketplaces: readonly Partner[];
  paymentPartners: readonly Partner[];
  onCreated(created: CreatedPartner): void;
}) {
  const [draft, setDraft] = useState<OnboardDraft>({ kind: '', name: '', settings: blankSettingsDraft(), marketplaceIds: [] });
  const [errors, setErrors] = useState<Errors>({});
  const action = useDeskAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkOnboard(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const answer: { created: CreatedPartner | null } = { created: null };
    const ok = await action.run(
      'onboard',
      async () => {
        answer.created = await api.create(checked.body);
      },
      'Partner onboarded',
    );
    if (ok && answer.created) {
      setDraft({ kind: '', name: '', settings: blankSettingsDraft(), marketplaceIds: [] });
      onCreated(answer.created);
    }
  };

  const setSettings = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, settings: { ...d.settings, ...patch } }));
  const toggleMarketplace = (id: string, on: boolean) =>
    setDraft((d) => ({ ...d, marketplaceIds: on ? [...d.marketplaceIds, id] : d.marketplaceIds.filter((m) => m !== id) }));

  return (
    <section className="card desk-section" aria-labelledby="onboard-title">
      <h2 id="onboard-title">Onboard a partner</h2>
      <form className="desk-form" aria-label="Onboard a partner" onSubmit={(e) => void submit(e)} noValidate>
        <div className={`field${errors.kind ? ' field-invalid' : ''}`}>
          <label htmlFor="onboard-kind">Kind</label>
          <select
            id="onboard-kind"
            value={draft.kind}
            onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as PartnerKind | '' }))}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={errors.kind ? 'onboard-kind-error' : undefined}
          >
            <option value="">Choose…</option>
            {PARTNER_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
          {errors.kind ? (
            <p className="field-error" id="onboard-kind-error">
              {errors.kind}
            </p>
          ) : null}
        </div>
        <div className={`field${errors.name ? ' field-invalid' : ''}`}>
          <label htmlFor="onboard-name">Name</label>
          <input
            id="onboard-name"
            value={draft.name}
            maxLength={200}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? 'onboard-name-error' : undefined}
          />
          {errors.name ? (
            <p className="field-error" id="onboard-name-error">
              {errors.name}
            </p>
          ) : null}
        </div>
        {draft.kind ? (
          <fieldset className="field">
            <legend>Settings</legend>
            <SettingsFields
              idPrefix="onboard"
              kind={draft.kind}
              draft={draft.settings}
              onChange={setSettings}
              errors={errors}
              paymentPartners={paymentPartners}
              blankMeansDefault
            />
          </fieldset>
        ) : null}
        {draft.kind === 'PAYMENT_PARTNER' ? (
          <fieldset className="field">
            <legend>Marketplaces served</legend>
            {marketplaces.length === 0 ? <p className="hint">No marketplace is registered yet.</p> : null}
            {marketplaces.map((m) => (
              <label key={m.id} className="choice">
                <input type="checkbox" checked={draft.marketplaceIds.includes(m.id)} onChange={(e) => toggleMarketplace(m.id, e.target.checked)} />
                <span>{m.name}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <DeskAlert error={action.failure} />
        <button type="submit" className="button primary" disabled={action.busy !== null}>
          {action.busy ? 'Onboarding…' : 'Onboard'}
        </button>
      </form>
    </section>
  );
}
