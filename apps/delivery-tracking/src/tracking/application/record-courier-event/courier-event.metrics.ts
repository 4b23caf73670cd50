import { Injectable } from '@nestjs/common';
import { Metrics } from '@trustcircle/observability';
import type { Counter } from 'prom-client';
import type { CourierCheckpoint } from '../../domain/courier-checkpoint';
import type { CourierEventResult } from './record-courier-event.use-case';

/**
 * Names of the courier-event metrics (`tc_` prefix, `_total` for counters). Labels: `courier_id` and `source`
 * only (a bounded set), never a shipment or tracking number.
 * WARNING: dashboards and alerts query these names; never rename one.
 */
export const COURIER_EVENT_METRIC_NAMES = {
  /** Counter `{courier_id, source}`: events accepted into a timeline. */
  accepted: 'tc_delivery_courier_events_accepted_total',
  /** Counter `{courier_id, source}`: duplicates absorbed (same shipment, status and time). */
  duplicates: 'tc_delivery_courier_events_duplicate_total',
  /** Counter `{courier_id, source}`: accepted events whose courier code has no mapping (EXCEPTION, raw code kept). */
  unmapped: 'tc_delivery_courier_events_unmapped_total',
  /** Counter `{courier_id, source}`: accepted events older than the shipment's current status (inserted in place). */
  late: 'tc_delivery_courier_events_late_total',
  /** Counter `{courier_id, source}`: accepted events with status EXCEPTION (unmapped codes included). */
  exceptions: 'tc_delivery_courier_events_exception_total',
  /** Counter `{courier_id, source}`: events for an unknown tracking number, parked. */
  parked: 'tc_delivery_courier_events_parked_total',
  /** Counter `{courier_id, source}`: events refused (in the future, before the order). */
  refused: 'tc_delivery_courier_events_refused_total',
  /** Counter `{courier_id, source}`: events about another courier's parcel (refused 404, a security signal). */
  foreign: 'tc_delivery_courier_events_foreign_total',
} as const;

type Labels = 'courier_id' | 'source';

/** Counts what became of each courier event, per courier and intake path. `RecordCourierEventUseCase` calls it. */
@Injectable()
export class CourierEventMetrics {
  private readonly counters: Record<keyof typeof COURIER_EVENT_METRIC_NAMES, Counter<Labels>>;

  constructor(metrics: Metrics) {
    const counter = (name: string, help: string): Counter<Labels> => metrics.counter({ name, help, labelNames: ['courier_id', 'source'] });
    this.counters = {
      accepted: counter(COURIER_EVENT_METRIC_NAMES.accepted, 'Courier events accepted into a timeline, by courier and source.'),
      duplicates: counter(COURIER_EVENT_METRIC_NAMES.duplicates, 'Duplicate courier events absorbed, by courier and source.'),
      unmapped: counter(COURIER_EVENT_METRIC_NAMES.unmapped, 'Accepted courier events with an unmapped status code, by courier and source.'),
      late: counter(COURIER_EVENT_METRIC_NAMES.late, 'Accepted courier events older than the current status, by courier and source.'),
      exceptions: counter(COURIER_EVENT_METRIC_NAMES.exceptions, 'Accepted courier events with status EXCEPTION, by courier and source.'),
      parked: counter(COURIER_EVENT_METRIC_NAMES.parked, 'Courier events for unknown tracking numbers, parked, by courier and source.'),
      refused: counter(COURIER_EVENT_METRIC_NAMES.refused, 'Courier events refused (time in the future or before the order), by courier and source.'),
      foreign: counter(COURIER_EVENT_METRIC_NAMES.foreign, 'Courier events about another courier’s parcel, refused, by courier and source.'),
    };
  }

  /** Counts one event's outcome. */
  observe(courierId: string, result: CourierEventResult, cp: Pick<CourierCheckpoint, 'status' | 'unmapped' | 'source'>): void {
    const labels = { courier_id: courierId, source: cp.source };
    switch (result.kind) {
      case 'accepted':
        this.counters.accepted.inc(labels);
        if (cp.unmapped) this.counters.unmapped.inc(labels);
        if (result.late) this.counters.late.inc(labels);
        if (cp.status === 'EXCEPTION') this.counters.exceptions.inc(labels);
        break;
      case 'duplicate':
        this.counters.duplicates.inc(labels);
        break;
      case 'parked':
        this.counters.parked.inc(labels);
        break;
      case 'refused':
        this.counters.refused.inc(labels);
        break;
      case 'not-found':
        this.counters.foreign.inc(labels);
        break;
    }
  }
}
