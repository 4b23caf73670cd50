/** Endpoint statuses: only ENABLED endpoints receive webhooks. */
export const WEBHOOK_ENDPOINT_STATUSES = ['ENABLED', 'DISABLED'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

/**
 * Why an endpoint is DISABLED: FAILING (the pipeline, after failing for the configured days), BY_OWNER (PATCH
 * `status: DISABLED`), DELETED (DELETE: kept for the audit trail, gone for its owner, never enabled again).
 */
export const WEBHOOK_DISABLED_REASONS = ['FAILING', 'BY_OWNER', 'DELETED'] as const;
export type WebhookDisabledReason = (typeof WEBHOOK_DISABLED_REASONS)[number];

/** Endpoints a partner may have at once (deleted ones do not count). */
export const MAX_ENDPOINTS_PER_PARTNER = 20;

/** The longest endpoint description. */
export const MAX_DESCRIPTION_LENGTH = 500;

/** The most event types one endpoint may list. */
export const MAX_SUBSCRIBED_EVENTS = 100;
