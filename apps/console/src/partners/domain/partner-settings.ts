import { MARKETPLACE_SETTING_DEFAULTS, PartnerSettingsV1, validatePayload } from '@trustcircle/contracts';

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

/** The effective settings after applying `changes` (only the fields given) to `current`. */
export function mergeSettings(current: PartnerSettingsV1, changes: Partial<PartnerSettingsV1> = {}): PartnerSettingsV1 {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<PartnerSettingsV1>;
  return { ...current, ...defined, ipAllowList: [...(defined.ipAllowList ?? current.ipAllowList)] };
}

/** The field errors of settings that break the contract (`PartnerSettingsV1`), as one line; undefined when valid. */
export function settingsProblem(settings: PartnerSettingsV1): string | undefined {
  const result = validatePayload(PartnerSettingsV1, settings);
  return result.ok ? undefined : result.errors.map((e) => `settings.${e.field}: ${e.message}`).join('; ');
}
