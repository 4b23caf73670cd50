import { Injectable } from '@nestjs/common';
import { Metrics } from '@trustcircle/observability';
import type { Counter, Histogram } from 'prom-client';

/** Metric names. WARNING: never rename (dashboards and alerts). */
export const NOTIFICATION_METRICS = {
  SENT: 'tc_notifications_sent_total',
  FAILED: 'tc_notifications_failed_total',
  RETRIED: 'tc_notifications_retried_total',
  LATENCY: 'tc_notifications_event_to_provider_seconds',
  ENDPOINTS_DISABLED: 'tc_notifications_webhook_endpoints_disabled_total',
} as const;

/** Sent, failed and retried per channel and provider; event-to-provider latency; endpoints disabled. */
@Injectable()
export class NotificationMetrics {
  private readonly sentTotal: Counter<'channel' | 'provider'>;
  private readonly failedTotal: Counter<'channel' | 'provider'>;
  private readonly retriedTotal: Counter<'channel' | 'provider'>;
  private readonly latency: Histogram<'channel'>;
  private readonly disabled: Counter;

  constructor(metrics: Metrics) {
    const labelNames = ['channel', 'provider'] as const;
    this.sentTotal = metrics.counter({ name: NOTIFICATION_METRICS.SENT, help: 'Messages a provider accepted.', labelNames });
    this.failedTotal = metrics.counter({ name: NOTIFICATION_METRICS.FAILED, help: 'Messages that failed for good on a channel.', labelNames });
    this.retriedTotal = metrics.counter({ name: NOTIFICATION_METRICS.RETRIED, help: 'Failed attempts that will be retried.', labelNames });
    this.latency = metrics.histogram({
      name: NOTIFICATION_METRICS.LATENCY,
      help: 'From the source event to the provider accepting the message, in seconds.',
      labelNames: ['channel'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 3600],
    });
    this.disabled = metrics.counter({ name: NOTIFICATION_METRICS.ENDPOINTS_DISABLED, help: 'Webhook endpoints disabled after failing for days.' });
  }

  sent(channel: string, provider: string, latencyMs: number): void {
    this.sentTotal.inc({ channel, provider });
    this.latency.observe({ channel }, latencyMs / 1000);
  }

  failed(channel: string, provider: string, final: boolean): void {
    (final ? this.failedTotal : this.retriedTotal).inc({ channel, provider });
  }

  endpointDisabled(): void {
    this.disabled.inc();
  }
}
