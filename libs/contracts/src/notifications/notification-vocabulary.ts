/**
 * Enumerations shared by notification events.
 *
 * WARNING: wire values. Never rename or remove one; a new value is a new event version.
 */

/** Delivery channels. */
export const NOTIFICATION_CHANNELS = ['SMS', 'ZALO', 'EMAIL', 'WEBHOOK'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Who a message is for. */
export const RECIPIENT_ROLES = ['BUYER', 'SELLER', 'MARKETPLACE', 'PAYMENT_PARTNER', 'COURIER', 'OPERATOR'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** A provider's short name, e.g. `sms-log`, `esms`, `zalo-zns`, `smtp`, `webhook`. */
export const PROVIDER_NAME = /^[a-z0-9][a-z0-9._-]{0,49}$/;

/** A template id with its version, e.g. `order-placed.sms.vi@3`. */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9._-]{0,80}@\d{1,4}$/;
