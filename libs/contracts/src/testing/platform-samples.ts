import type { PayloadOf } from '../catalogue';
import type { NOTIFICATION_EVENTS } from '../notifications/notifications.catalogue';
import type { PARTNER_EVENTS } from '../partners/partners.catalogue';
import type { PLATFORM_EVENTS } from '../platform/platform.catalogue';
import { SAMPLE } from './sample-values';

/** A valid sample payload per notifications event. */
export const NOTIFICATION_SAMPLES: { [K in keyof typeof NOTIFICATION_EVENTS]: () => PayloadOf<K> } = {
  'notifications.notification-sent': () => ({
    notificationId: SAMPLE.notificationId,
    orderId: SAMPLE.orderId,
    sourceEventId: SAMPLE.eventId,
    sourceEventType: 'escrow.escrow-funded',
    template: 'escrow-funded.sms.vi@1',
    channel: 'SMS',
    provider: 'sms-log',
    recipientRole: 'BUYER',
    recipientMasked: '+8490***4567',
    attempt: 1,
    providerMessageId: 'log-000123',
    smsSegments: 2,
    latencyMs: 180,
    sentAt: '2025-03-01T08:10:00.180Z',
  }),
  'notifications.notification-failed': () => ({
    notificationId: SAMPLE.notificationId,
    orderId: SAMPLE.orderId,
    sourceEventId: SAMPLE.eventId,
    sourceEventType: 'escrow.escrow-released',
    template: 'escrow-released.webhook@1',
    channel: 'WEBHOOK',
    provider: 'webhook',
    recipientRole: 'MARKETPLACE',
    recipientMasked: 'hooks.shop.example/***',
    attempt: 2,
    error: 'HTTP 503',
    final: false,
    nextAttemptAt: '2025-03-06T09:05:05.000Z',
    failedAt: '2025-03-06T09:00:05.000Z',
  }),
  'notifications.webhook-endpoint-disabled': () => ({
    endpointId: SAMPLE.endpointId,
    partnerId: SAMPLE.marketplaceId,
    urlHost: 'hooks.shop.example',
    failingSince: '2025-03-01T00:00:00.000Z',
    lastError: 'connect ECONNREFUSED',
    disabledAt: '2025-03-06T00:00:00.000Z',
  }),
};

/** A valid sample payload per partner directory event. */
export const PARTNER_SAMPLES: { [K in keyof typeof PARTNER_EVENTS]: () => PayloadOf<K> } = {
  'partners.partner-upserted': () => ({
    partnerId: SAMPLE.marketplaceId,
    kind: 'MARKETPLACE',
    status: 'ACTIVE',
    name: 'Chợ Việt',
    revision: 3,
    apiKeys: [{ keyId: 'tc_live_4f2a', sha256: SAMPLE.sha256, createdAt: '2025-01-01T00:00:00.000Z', expiresAt: null }],
    webhookSecrets: [{ id: 'whsec_01', ciphertext: SAMPLE.sealed, keyId: 'data-2025-03', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: null }],
    marketplaceIds: [],
    settings: {
      inspectionDays: 3,
      shipByDays: 5,
      unpaidExpiryHours: 24,
      platformFeeBps: 200,
      zaloEnabled: true,
      unaccentedSms: false,
      ipAllowList: ['203.0.113.0/24'],
    },
    updatedAt: '2025-03-01T00:00:00.000Z',
  }),
  'partners.operator-signing-key-published': () => ({
    kid: 'op-2025-03-a1b2c3',
    alg: 'EdDSA',
    status: 'ACTIVE',
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' },
    publishedAt: '2025-03-01T00:00:00.000Z',
    notAfter: null,
  }),
};

/** A valid sample payload per platform event. */
export const PLATFORM_SAMPLES: { [K in keyof typeof PLATFORM_EVENTS]: () => PayloadOf<K> } = {
  'platform.operator-alert-raised': () => ({
    alertId: SAMPLE.alertId,
    severity: 'CRITICAL',
    code: 'LEDGER_CHECK_FAILED',
    message: 'Ledger check found 1 broken rule; see escrow.ledger-check-failed.',
    service: 'escrow',
    orderId: null,
    raisedAt: SAMPLE.at.resolved,
  }),
};
