import type { Request } from 'express';
import type { ReplayDecision } from './webhook-replay-record';

/** What `SignedWebhookGuard` hands to `SignedWebhookInterceptor` on the request. */
export interface SignedWebhookState {
  partnerId: string;
  webhookId: string;
  /** Replay store key of (partner, webhook id). */
  replayKey: string;
  bodySha256: string;
  decision: ReplayDecision;
}

/** A request that passed `SignedWebhookGuard`. */
export type SignedWebhookRequest = Request & { rawBody?: Buffer; signedWebhook?: SignedWebhookState };

/** Metadata of `@SignedWebhook()`. */
export const SIGNED_WEBHOOK_METADATA = 'tc:auth:signed-webhook';

/** Options stored by `@SignedWebhook()`. */
export interface SignedWebhookMetadata {
  kind: 'courier' | 'payment-partner';
  partnerIdParam: string;
}
