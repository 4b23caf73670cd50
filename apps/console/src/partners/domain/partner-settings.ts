import { MARKETPLACE_SETTING_DEFAULTS, type PartnerKind, PartnerSettingsV1, validatePayload } from '@trustcircle/contracts';

/**
 * The settings a new partner gets (issue #3 marketplace defaults; 2 % platform fee). Consumers never apply
 * defaults: every `partners.partner-upserted` carries the effective values.
 */
export const DEFAULT_PARTNER_SETTINGS: Readonly<PartnerSettingsV1> = Object.freeze({
  ...MARKETPLACE_SETTING_DEFAULTS,
  platformFeeBps: 200,
  zaloEnabled: false,
  unaccentedSms: false,
  ipAllowList: [],
});

/**
 * The effective settings after applying `changes` (only the fields given) to `current`. A courier's
 * `codCollectionPartnerId` is kept only while it names a partner: `null` clears it, and a cleared (or never set)
 * one is absent, as in records older than the field (the contract reads absent and null alike: none).
 */
export function mergeSettings(current: PartnerSettingsV1, changes: Partial<PartnerSettingsV1> = {}): PartnerSettingsV1 {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<PartnerSettingsV1>;
  const { codCollectionPartnerId, ...merged } = { ...current, ...defined, ipAllowList: [...(defined.ipAllowList ?? current.ipAllowList)] };
  return codCollectionPartnerId ? { ...merged, codCollectionPartnerId } : merged;
}

/** Why a `codCollectionPartnerId` is refused: set on a partner that is not a courier, or naming no payment partner. */
export type CodCollectionRefusal = 'ONLY_FOR_COURIERS' | 'NOT_A_PAYMENT_PARTNER';

/**
 * Whether a partner of `kind` may be given `codCollectionPartnerId` (pure): only couriers remit COD cash, into
 * the collection account of a payment partner, so a value must be set on a COURIER and name a PAYMENT_PARTNER
 * (`named`: the partner it names, null when there is none). Leaving it out, or clearing it (`null`), is always
 * accepted: for other kinds it changes nothing.
 */
export function codCollectionRefusal(kind: PartnerKind, codCollectionPartnerId: string | null | undefined, named: { kind: PartnerKind } | null): CodCollectionRefusal | null {
  if (codCollectionPartnerId === undefined || codCollectionPartnerId === null) return null;
  if (kind !== 'COURIER') return 'ONLY_FOR_COURIERS';
  return named?.kind === 'PAYMENT_PARTNER' ? null : 'NOT_A_PAYMENT_PARTNER';
}

/** The field errors of settings that break the contract (`PartnerSettingsV1`), as one line; undefined when valid. */
export function settingsProblem(settings: PartnerSettingsV1): string | undefined {
  const result = validatePayload(PartnerSettingsV1, settings);
  return result.ok ? undefined : result.errors.map((e) => `settings.${e.field}: ${e.message}`).join('; ');
}
