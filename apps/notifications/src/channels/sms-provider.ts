import type { EntityManager } from 'typeorm';

/** An SMS gateway. Each send carries an idempotency key, so a retried send never reaches the buyer twice. */
export interface SmsProvider {
  readonly name: string;
  send(message: { to: string; body: string; idempotencyKey: string }, manager: EntityManager): Promise<{ providerMessageId: string }>;
}

export const SMS_PROVIDER = Symbol.for('trustcircle.sms-provider');
