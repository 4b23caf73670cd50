import type { Logger } from '@nestjs/common';
import type { OutboundMessage, SendResult } from '../channel-provider';
import { maskRecipient } from '../domain/mask-recipient';
import { failureFromStatus, scrubProviderText } from '../domain/provider-failure';
import type { HttpPostOutcome } from './http-post';

/**
 * The failure for an HTTP outcome that is not a 2xx answer (timeouts and lost connections are retryable; statuses
 * as {@link failureFromStatus} judges them), with the answer scrubbed for storage.
 */
export function failureOf(outcome: HttpPostOutcome, message: OutboundMessage, secrets: readonly string[]): SendResult {
  if (outcome.kind !== 'answer') return { ok: false, retryable: true, error: outcome.error };
  const failure = failureFromStatus(outcome.status, scrubProviderText(outcome.body, message, secrets), outcome.location);
  return failure.ok ? failure : { ...failure, error: scrubProviderText(failure.error, message, secrets) };
}

/** Logs a failed send: provider, notification id, masked recipient, status and error; never a body, token or phone. */
export function logFailure(logger: Logger, provider: string, message: OutboundMessage, result: SendResult): void {
  if (result.ok) return;
  logger.warn(
    `${provider}: notification ${message.notificationId} to ${maskRecipient(message.to)} failed` +
      `${result.statusCode !== undefined ? ` (${result.statusCode})` : ''}, ${result.retryable ? 'retryable' : 'not retryable'}: ${result.error}`,
  );
}
