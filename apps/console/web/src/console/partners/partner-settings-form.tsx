import { type FormEvent, useState } from 'react';
import { useLoader } from '../../app/use-loader';
import { DeskStatus } from '../desk-kit/desk-ui';
import { changedSettings, checkSettings, type SettingsDraft, type SettingsField, settingsDraftOf } from './partner-forms';
import type { Partner, PartnerSettingsPatch } from './partner-types';
import type { PartnersApi } from './partners-api';
import { SettingsFields } from './settings-fields';

/** A partner's name and settings (defaults for its orders); admins edit them, only the changed fields are sent. */
export function PartnerSettingsForm({
  partner,
  api,
  canEdit,
  busy,
  onSave,
}: {
  partner: Partner;
  api: PartnersApi;
  canEdit: boolean;
  busy: boolean;
  /** Sends the changes (the page shows the outcome; this form is drawn again from the partner's new revision). */
  onSave(body: { name?: string; settings?: PartnerSettingsPatch }): void;
}) {
  const [name, setName] = useState(partner.name);
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraftOf(partner.settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField | 'name', string>>>({});
  const [unchanged, setUnchanged] = useState(false);
  const payment = useLoader(() => (partner.kind === 'COURIER' ? api.all('PAYMENT_PARTNER') : Promise.resolve([])), [api, partner.kind]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setUnchanged(false);
    const checked = checkSettings(partner.kind, draft, false);
    const trimmed = name.trim();
    const nameError = !trimmed ? 'Enter the partner’s name.' : trimmed.length > 200 ? 'At most 200 characters.' : undefined;
    if (!checked.ok || nameError) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...(nameError ? { name: nameError } : {}) });
      return;
    }
    setErrors({});
    const settings = changedSettings(partner.settings, checked.settings);
    const body = { ...(trimmed !== partner.name ? { name: trimmed } : {}), ...(Object.keys(settings).length > 0 ? { settings } : {}) };
    if (Object.keys(body).length === 0) {
      setUnchanged(true);
      return;
    }
    onSave(body);
  };

  return (
    <section className="card desk-section" aria-labelledby="partner-settings-title">
      <h2 id="partner-settings-title">Settings</h2>
      <form className="desk-form" aria-label="Partner settings" onSubmit={submit} noValidate>
        <fieldset className="field" disabled={!canEdit}>
          <legend className="visually-hidden">Name and settings</legend>
          <div className={`field${errors.name ? ' field-invalid' : ''}`}>
            <label htmlFor="settings-name">Name</label>
            <input
              id="settings-name"
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? 'settings-name-error' : undefined}
            />
            {errors.name ? (
              <p className="field-error" id="settings-name-error">
                {errors.name}
              </p>
            ) : null}
          </div>
          <SettingsFields
            idPrefix="settings"
            kind={partner.kind}
            draft={draft}
            onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            errors={errors}
            paymentPartners={payment.data ?? []}
            blankMeansDefault={false}
          />
        </fieldset>
        {unchanged ? <DeskStatus>Nothing changed.</DeskStatus> : null}
        {canEdit ? (
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save settings'}
          </button>
        ) : null}
      </form>
    </section>
  );
}
