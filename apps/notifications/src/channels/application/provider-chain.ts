import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { CHANNEL_PROVIDERS, type ChannelProvider, type NotificationChannel, type OutboundMessage, type SendResult } from '../channel-provider';

/** One provider's try at a message, as the dispatcher records it (`notification_attempts`). */
export interface ProviderAttempt {
  provider: string;
  result: SendResult;
  /** Wall time of the call, in whole milliseconds. */
  latencyMs: number;
}

/** What {@link ProviderChain.sendWithFailover} ended with. */
export interface FailoverOutcome {
  /** The last attempt's result (or a non-retryable failure when the channel has no provider). */
  result: SendResult;
  /** The provider that delivered, or the last one tried; null when none is configured. */
  provider: string | null;
  /** Every attempt, in order. */
  attempts: ProviderAttempt[];
}

/**
 * The configured providers of each channel, in preference order (primary, then secondary), and failover between
 * them: a retryable failure moves on to the next provider at once; success or a refusal that will not change ends
 * the round. Retrying the round later (the schedule) and falling back to another channel are the dispatcher's.
 */
@Injectable()
export class ProviderChain {
  constructor(@Inject(CHANNEL_PROVIDERS) private readonly providers: readonly ChannelProvider[]) {}

  /** The channel's providers, primary first. */
  providersFor(channel: NotificationChannel): ChannelProvider[] {
    return this.providers.filter((p) => p.channel === channel);
  }

  /** Sends through the channel's providers in order until one delivers or refuses for good. Never throws. */
  async sendWithFailover(message: OutboundMessage): Promise<FailoverOutcome> {
    const providers = this.providersFor(message.channel);
    if (providers.length === 0) {
      return { result: { ok: false, retryable: false, error: `no provider configured for channel ${message.channel}` }, provider: null, attempts: [] };
    }
    const attempts: ProviderAttempt[] = [];
    for (const provider of providers) {
      const started = performance.now();
      const result = await sendSafely(provider, message);
      attempts.push({ provider: provider.name, result, latencyMs: Math.round(performance.now() - started) });
      if (result.ok || !result.retryable) break;
    }
    const last = attempts[attempts.length - 1];
    return { result: last.result, provider: last.provider, attempts };
  }
}

/** A provider that throws despite its contract (a bug) counts as a retryable failure, never as a crash. */
async function sendSafely(provider: ChannelProvider, message: OutboundMessage): Promise<SendResult> {
  try {
    return await provider.send(message);
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    return { ok: false, retryable: true, error: `provider threw: ${typeof name === 'string' ? name : 'unknown error'}` };
  }
}
