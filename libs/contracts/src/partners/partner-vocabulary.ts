/**
 * Enumerations of the partner directory.
 *
 * WARNING: wire values. Never rename or remove one; a new value is a new event version.
 */

/** What a partner is. */
export const PARTNER_KINDS = ['MARKETPLACE', 'COURIER', 'PAYMENT_PARTNER'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** A disabled partner's credentials are refused everywhere. */
export const PARTNER_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** ACTIVE: signs and verifies. RETIRED: verifies only (tokens already issued). REVOKED: refused at once. */
export const SIGNING_KEY_STATUSES = ['ACTIVE', 'RETIRED', 'REVOKED'] as const;
export type SigningKeyStatus = (typeof SIGNING_KEY_STATUSES)[number];

/** A credential's public id: 4–64 letters, digits, `_` and `-` (e.g. the visible prefix of an API key). */
export const CREDENTIAL_ID = /^[A-Za-z0-9_-]{4,64}$/;

/** An IPv4 or IPv6 network in CIDR notation, e.g. `203.0.113.0/24`, `2001:db8::/32`. */
export const CIDR =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(?:3[0-2]|[12]?\d)|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}\/(?:12[0-8]|1[01]\d|[1-9]?\d))$/;

/**
 * The marketplace settings a new marketplace gets from the console (issue #3 defaults). Consumers never apply
 * defaults themselves: `partners.partner-upserted` always carries the effective values.
 */
export const MARKETPLACE_SETTING_DEFAULTS = { inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24 } as const;
