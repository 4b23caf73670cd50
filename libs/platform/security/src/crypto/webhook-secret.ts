import { randomBytes } from 'node:crypto';

/** A Standard Webhooks signing secret: `whsec_` and base64 of 32 random bytes. */
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{43}=$/;

/** A newly generated webhook signing secret. */
export interface GeneratedWebhookSecret {
  /** The secret's public id (`ws_` and 16 hex characters). */
  id: string;
  /** The secret itself (`whsec_…`). Shown once; stored and published only sealed. */
  secret: string;
}

/** Generates a webhook signing secret a partner signs the webhooks it sends us with. */
export function generateWebhookSecret(): GeneratedWebhookSecret {
  return { id: `ws_${randomBytes(8).toString('hex')}`, secret: `whsec_${randomBytes(32).toString('base64')}` };
}

/** The AAD a partner's webhook secret is sealed with (contract: `<partnerId>:<secretId>`). */
export function webhookSecretAad(partnerId: string, secretId: string): string {
  return `${partnerId}:${secretId}`;
}
