import { NUMBER_SETTINGS, type SettingsDraft, type SettingsField, settingsFieldsFor } from './partner-forms';
import type { Partner, PartnerKind } from './partner-types';

/** The settings inputs of a kind (marketplace windows and fee, webhook networks, a courier's COD partner). */
export function SettingsFields({
  idPrefix,
  kind,
  draft,
  onChange,
  errors,
  paymentPartners,
  blankMeansDefault,
}: {
  idPrefix: string;
  kind: PartnerKind;
  draft: SettingsDraft;
  onChange(patch: Partial<SettingsDraft>): void;
  errors: Partial<Record<SettingsField, string>>;
  /** Couriers: the payment partners that may hold their COD collection account. */
  paymentPartners: readonly Partner[];
  blankMeansDefault: boolean;
}) {
  const fields = settingsFieldsFor(kind);
  const describe = (field: SettingsField, hint: boolean) => [hint ? `${idPrefix}-${field}-hint` : '', errors[field] ? `${idPrefix}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (field: SettingsField) =>
    errors[field] ? (
      <p className="field-error" id={`${idPrefix}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  return (
    <div className="desk-grid">
      {NUMBER_SETTINGS.filter((n) => fields.includes(n.field)).map((n) => (
        <div key={n.field} className={`field${errors[n.field] ? ' field-invalid' : ''}`}>
          <label htmlFor={`${idPrefix}-${n.field}`}>{n.label}</label>
          <input
            id={`${idPrefix}-${n.field}`}
            inputMode="numeric"
            value={draft[n.field]}
            onChange={(e) => onChange({ [n.field]: e.target.value })}
            aria-invalid={errors[n.field] ? true : undefined}
            aria-describedby={describe(n.field, true)}
          />
          <p className="hint" id={`${idPrefix}-${n.field}-hint`}>
            {blankMeansDefault ? `${n.hint} Blank: the default.` : n.hint}
          </p>
          {error(n.field)}
        </div>
      ))}
      {fields.includes('zaloEnabled') ? (
        <label className="choice">
          <input type="checkbox" checked={draft.zaloEnabled} onChange={(e) => onChange({ zaloEnabled: e.target.checked })} />
          <span>Send buyer messages by Zalo where possible</span>
        </label>
      ) : null}
      {fields.includes('unaccentedSms') ? (
        <label className="choice">
          <input type="checkbox" checked={draft.unaccentedSms} onChange={(e) => onChange({ unaccentedSms: e.target.checked })} />
          <span>Send SMS without Vietnamese diacritics</span>
        </label>
      ) : null}
      {fields.includes('ipAllowList') ? (
        <div className={`field${errors.ipAllowList ? ' field-invalid' : ''}`}>
          <label htmlFor={`${idPrefix}-ipAllowList`}>Webhook networks (CIDR)</label>
          <textarea
            id={`${idPrefix}-ipAllowList`}
            rows={3}
            value={draft.ipAllowList}
            onChange={(e) => onChange({ ipAllowList: e.target.value })}
            aria-invalid={errors.ipAllowList ? true : undefined}
            aria-describedby={describe('ipAllowList', true)}
          />
          <p className="hint" id={`${idPrefix}-ipAllowList-hint`}>
            One per line, like 203.0.113.0/24. Empty: webhooks from any network.
          </p>
          {error('ipAllowList')}
        </div>
      ) : null}
      {fields.includes('codCollectionPartnerId') ? (
        <div className={`field${errors.codCollectionPartnerId ? ' field-invalid' : ''}`}>
          <label htmlFor={`${idPrefix}-cod`}>COD collection partner</label>
          <select
            id={`${idPrefix}-cod`}
            value={draft.codCollectionPartnerId}
            onChange={(e) => onChange({ codCollectionPartnerId: e.target.value })}
            aria-invalid={errors.codCollectionPartnerId ? true : undefined}
            aria-describedby={describe('codCollectionPartnerId', true)}
          >
            <option value="">None</option>
            {paymentPartners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.status === 'DISABLED' ? ' (disabled)' : ''}
              </option>
            ))}
            {draft.codCollectionPartnerId && !paymentPartners.some((p) => p.id === draft.codCollectionPartnerId) ? (
              <option value={draft.codCollectionPartnerId}>{draft.codCollectionPartnerId}</option>
            ) : null}
          </select>
          <p className="hint" id={`${idPrefix}-codCollectionPartnerId-hint`}>
            The payment partner whose collection account this courier remits COD cash into.
          </p>
          {error('codCollectionPartnerId')}
        </div>
      ) : null}
    </div>
  );
}
