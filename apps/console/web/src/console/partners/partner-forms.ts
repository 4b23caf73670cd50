import type { CreatePartnerBody, IssuedCredentials, PartnerKind, PartnerSettings, PartnerSettingsPatch } from './partner-types';

/** The settings form's inputs, as typed (numbers as text; the IP allow list one network per line or comma). */
export interface SettingsDraft {
  inspectionDays: string;
  shipByDays: string;
  unpaidExpiryHours: string;
  platformFeeBps: string;
  zaloEnabled: boolean;
  unaccentedSms: boolean;
  ipAllowList: string;
  /** A payment partner's id, or '' for none. */
  codCollectionPartnerId: string;
}

export type SettingsField = keyof SettingsDraft;

/** A whole-number setting: its label and range (the registry's `PartnerSettingsV1`). */
export const NUMBER_SETTINGS: ReadonlyArray<{ field: 'inspectionDays' | 'shipByDays' | 'unpaidExpiryHours' | 'platformFeeBps'; label: string; min: number; max: number; hint: string }> = [
  { field: 'inspectionDays', label: 'Inspection window (days)', min: 0, max: 30, hint: 'Default 3. 0–30.' },
  { field: 'shipByDays', label: 'Ship-by window (days)', min: 1, max: 30, hint: 'Default 5. 1–30.' },
  { field: 'unpaidExpiryHours', label: 'Unpaid order expiry (hours)', min: 1, max: 720, hint: 'Default 24. 1–720.' },
  { field: 'platformFeeBps', label: 'Platform fee (basis points)', min: 0, max: 10_000, hint: 'Default 200 (2 %). 0–10000.' },
];

/** The settings that mean something for a kind (the rest are kept but not shown). */
export function settingsFieldsFor(kind: PartnerKind): SettingsField[] {
  if (kind === 'MARKETPLACE') return ['inspectionDays', 'shipByDays', 'unpaidExpiryHours', 'platformFeeBps', 'zaloEnabled', 'unaccentedSms'];
  if (kind === 'COURIER') return ['ipAllowList', 'codCollectionPartnerId'];
  return ['ipAllowList'];
}

/** Whether a kind signs webhooks (couriers and payment partners get a webhook secret; marketplaces only an API key). */
export function hasWebhookSecret(kind: PartnerKind): boolean {
  return kind !== 'MARKETPLACE';
}

/** An empty draft: every setting left to its default. */
export function blankSettingsDraft(): SettingsDraft {
  return { inspectionDays: '', shipByDays: '', unpaidExpiryHours: '', platformFeeBps: '', zaloEnabled: false, unaccentedSms: false, ipAllowList: '', codCollectionPartnerId: '' };
}

/** A partner's settings as the form shows them. */
export function settingsDraftOf(s: PartnerSettings): SettingsDraft {
  return {
    inspectionDays: String(s.inspectionDays),
    shipByDays: String(s.shipByDays),
    unpaidExpiryHours: String(s.unpaidExpiryHours),
    platformFeeBps: String(s.platformFeeBps),
    zaloEnabled: s.zaloEnabled,
    unaccentedSms: s.unaccentedSms,
    ipAllowList: s.ipAllowList.join('\n'),
    codCollectionPartnerId: s.codCollectionPartnerId ?? '',
  };
}

// The registry's CIDR rule (libs/contracts partner-vocabulary `CIDR`): IPv4 or IPv6 network with a prefix length.
const CIDR =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(?:3[0-2]|[12]?\d)|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}\/(?:12[0-8]|1[01]\d|[1-9]?\d))$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The networks of an allow list as typed: one per line or separated by commas or spaces. */
export function parseAllowList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export type SettingsCheck = { ok: true; settings: PartnerSettingsPatch } | { ok: false; errors: Partial<Record<SettingsField, string>> };

/**
 * The settings of a kind from the form, checked by the registry's ranges: whole numbers in range, networks in CIDR
 * notation (at most 50), a COD collection partner id as a uuid. With `keepBlank` (onboarding) a blank number is left
 * out (the default applies); otherwise it is an error. A blank COD partner is left out when onboarding, and clears
 * the setting (null) when editing.
 */
export function checkSettings(kind: PartnerKind, draft: SettingsDraft, keepBlank: boolean): SettingsCheck {
  const fields = settingsFieldsFor(kind);
  const errors: Partial<Record<SettingsField, string>> = {};
  const settings: PartnerSettingsPatch = {};
  for (const n of NUMBER_SETTINGS) {
    if (!fields.includes(n.field)) continue;
    const text = draft[n.field].trim();
    if (!text) {
      if (!keepBlank) errors[n.field] = `Enter a whole number from ${n.min} to ${n.max}.`;
      continue;
    }
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < n.min || value > n.max) errors[n.field] = `Enter a whole number from ${n.min} to ${n.max}.`;
    else settings[n.field] = value;
  }
  if (fields.includes('zaloEnabled')) settings.zaloEnabled = draft.zaloEnabled;
  if (fields.includes('unaccentedSms')) settings.unaccentedSms = draft.unaccentedSms;
  if (fields.includes('ipAllowList')) {
    const networks = parseAllowList(draft.ipAllowList);
    const bad = networks.filter((n) => !CIDR.test(n));
    if (bad.length > 0) errors.ipAllowList = `Not a network in CIDR notation (like 203.0.113.0/24): ${bad.join(', ')}.`;
    else if (networks.length > 50) errors.ipAllowList = 'At most 50 networks.';
    else if (networks.length > 0 || !keepBlank) settings.ipAllowList = networks;
  }
  if (fields.includes('codCollectionPartnerId')) {
    const cod = draft.codCollectionPartnerId.trim();
    if (cod && !UUID.test(cod)) errors.codCollectionPartnerId = 'Choose a payment partner.';
    else if (cod) settings.codCollectionPartnerId = cod.toLowerCase();
    else if (!keepBlank) settings.codCollectionPartnerId = null;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** Only the settings that differ from the partner's current ones (an edit that changes nothing sends nothing). */
export function changedSettings(current: PartnerSettings, wanted: PartnerSettingsPatch): PartnerSettingsPatch {
  const out: PartnerSettingsPatch = {};
  for (const key of Object.keys(wanted) as Array<keyof PartnerSettings>) {
    const value = wanted[key];
    const now = key === 'codCollectionPartnerId' ? (current.codCollectionPartnerId ?? null) : current[key];
    if (JSON.stringify(value) !== JSON.stringify(now)) Object.assign(out, { [key]: value });
  }
  return out;
}

/** The onboarding form's inputs. */
export interface OnboardDraft {
  kind: PartnerKind | '';
  name: string;
  settings: SettingsDraft;
  /** Payment partners: the marketplaces they serve. */
  marketplaceIds: string[];
}

export type OnboardCheck = { ok: true; body: CreatePartnerBody } | { ok: false; errors: Partial<Record<'kind' | 'name' | SettingsField, string>> };

/** The onboarding body from the form: a kind, a name of 1–200 characters, the settings given (the rest default). */
export function checkOnboard(draft: OnboardDraft): OnboardCheck {
  const errors: Partial<Record<'kind' | 'name' | SettingsField, string>> = {};
  const name = draft.name.trim();
  if (!draft.kind) errors.kind = 'Choose the kind of partner.';
  if (!name) errors.name = 'Enter the partner’s name.';
  else if (name.length > 200) errors.name = 'At most 200 characters.';
  if (!draft.kind) return { ok: false, errors };
  const settings = checkSettings(draft.kind, draft.settings, true);
  if (!settings.ok) Object.assign(errors, settings.errors);
  if (Object.keys(errors).length > 0 || !settings.ok) return { ok: false, errors };
  const body: CreatePartnerBody = { kind: draft.kind, name };
  if (Object.keys(settings.settings).length > 0) body.settings = settings.settings;
  if (draft.kind === 'PAYMENT_PARTNER' && draft.marketplaceIds.length > 0) body.marketplaceIds = [...new Set(draft.marketplaceIds)];
  return { ok: true, body };
}

/** The secrets handed over once, with labels, for the "store them now" panel. */
export function issuedSecretsOf(c: IssuedCredentials): Array<{ label: string; id: string | null; value: string }> {
  const out: Array<{ label: string; id: string | null; value: string }> = [];
  if (c.apiKey) out.push({ label: 'API key', id: c.apiKeyId ?? null, value: c.apiKey });
  if (c.webhookSecret) out.push({ label: 'Webhook signing secret', id: c.webhookSecretId ?? null, value: c.webhookSecret });
  return out;
}

/** A kind in words. */
export function kindLabel(kind: string): string {
  if (kind === 'MARKETPLACE') return 'Marketplace';
  if (kind === 'COURIER') return 'Courier';
  if (kind === 'PAYMENT_PARTNER') return 'Payment partner';
  return kind;
}

/** Overlap hours for a rotation: a whole number 0–720 (0 ends the current credentials at once), or null. */
export function parseOverlapHours(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n <= 720 ? n : null;
}
