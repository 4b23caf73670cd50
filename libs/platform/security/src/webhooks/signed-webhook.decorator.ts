import { applyDecorators, SetMetadata, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { SIGNED_WEBHOOK_METADATA, type SignedWebhookMetadata } from './signed-webhook-state';
import { SignedWebhookGuard } from './signed-webhook.guard';
import { SignedWebhookInterceptor } from './signed-webhook.interceptor';

/** Options of {@link SignedWebhook}. */
export interface SignedWebhookOptions {
  /** The path parameter naming the partner (default `partnerId`). */
  partnerIdParam?: string;
}

/**
 * A webhook a courier or payment partner sends us, signed the Standard Webhooks way with its current secret(s).
 * Verifies the signature over the raw body (the app must be created with `rawBody: true`) for the partner named
 * by the path parameter, sets `req.principal` to `{ kind, id: partnerId, partnerId }`, and makes retries safe:
 *
 * - forged, unknown or disabled partner, or a **new** message older or newer than 5 minutes → 401
 *   `invalid-webhook-signature` and a security log line;
 * - a **retry** of a message (same `webhook-id`, same body) is recognised before its timestamp is judged, and
 *   answered as the first was (`Webhook-Replayed: true`), for 3 days; the same id with another body → 422;
 *   while the first is still running → 409 with `Retry-After`.
 *
 * Needs `PartnerDirectoryModule` (and Redis, for the replay record).
 *
 * @example @Post(':courierId/events') @SignedWebhook('courier', { partnerIdParam: 'courierId' }) report(…)
 */
export function SignedWebhook(kind: SignedWebhookMetadata['kind'], options: SignedWebhookOptions = {}): MethodDecorator & ClassDecorator {
  const metadata: SignedWebhookMetadata = { kind, partnerIdParam: options.partnerIdParam ?? 'partnerId' };
  return applyDecorators(
    SetMetadata(SIGNED_WEBHOOK_METADATA, metadata),
    UseGuards(SignedWebhookGuard),
    UseInterceptors(SignedWebhookInterceptor),
    ApiHeader({ name: 'webhook-id', required: true, description: 'Unique message id (Standard Webhooks); a retry repeats it.' }),
    ApiHeader({ name: 'webhook-timestamp', required: true, description: 'Unix seconds when the message was signed.' }),
    ApiHeader({ name: 'webhook-signature', required: true, description: 'Space-separated `v1,<base64 HMAC-SHA256>` signatures.' }),
    ApiUnauthorizedResponse({ description: 'Forged signature, unknown or disabled partner, or a new message outside the 5-minute tolerance.' }),
    ApiConflictResponse({ description: 'The same message is still being processed; retry after Retry-After.' }),
    ApiUnprocessableEntityResponse({ description: 'This webhook-id was already received with a different body.' }),
  );
}
