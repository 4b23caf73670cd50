import { validSigningSecrets } from '../../domain/signing-secrets';
import type { WebhookOwnerKind } from '../../domain/webhook-event-types';
import type { WebhookDisabledReason, WebhookEndpointStatus } from '../../domain/webhook-endpoint-vocabulary';
import type { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';

/** An endpoint as its owner and operators see it: never a secret, only when the secrets were made and expire. */
export interface WebhookEndpointView {
  id: string;
  ownerPartnerId: string;
  ownerKind: WebhookOwnerKind;
  url: string;
  description: string | null;
  events: string[];
  status: WebhookEndpointStatus;
  disabledReason: WebhookDisabledReason | null;
  disabledAt: string | null;
  failingSince: string | null;
  /** When the current signing secret was made (null once deleted). */
  secretCreatedAt: string | null;
  /** Until when the previous secret still signs after a rotation; null when none does. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The view of an endpoint at `now` (which secrets are still valid depends on it). */
export function webhookEndpointView(r: WebhookEndpointRecord, now: Date): WebhookEndpointView {
  const valid = validSigningSecrets(r.secrets, now);
  const current = valid.find((s) => s.expiresAt === null);
  const previous = valid.find((s) => s.expiresAt !== null);
  return {
    id: r.id,
    ownerPartnerId: r.ownerPartnerId,
    ownerKind: r.ownerKind,
    url: r.url,
    description: r.description,
    events: r.events,
    status: r.status,
    disabledReason: r.disabledReason,
    disabledAt: r.disabledAt?.toISOString() ?? null,
    failingSince: r.failingSince?.toISOString() ?? null,
    secretCreatedAt: current?.createdAt ?? null,
    previousSecretExpiresAt: previous?.expiresAt ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** An endpoint with its signing secret in clear: the answer of a creation or a rotation, and only those. */
export type WebhookEndpointWithSecret = WebhookEndpointView & { secret: string };
