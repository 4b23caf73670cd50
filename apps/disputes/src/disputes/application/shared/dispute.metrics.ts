import { Injectable } from '@nestjs/common';
import { Metrics } from '@trustcircle/observability';
import type { Counter } from 'prom-client';

/** Counter `{vulnerable}`: mediator deadlines that passed undecided. WARNING: never rename (dashboards, alerts). */
export const MEDIATOR_BREACH_METRIC = 'tc_disputes_mediator_deadline_breaches_total';

/** The disputes service's own metrics (the live count of overdue escalations is the queue's, in the console). */
@Injectable()
export class DisputeMetrics {
  private readonly breaches: Counter<'vulnerable'>;

  constructor(metrics: Metrics) {
    this.breaches = metrics.counter({ name: MEDIATOR_BREACH_METRIC, help: 'Mediator deadlines that passed with the dispute undecided.', labelNames: ['vulnerable'] });
  }

  mediatorBreached(vulnerable: boolean): void {
    this.breaches.inc({ vulnerable: String(vulnerable) });
  }
}
