import type { ServiceName } from '@trustcircle/contracts';
import { METRIC_NAMES } from '@trustcircle/observability';
import type { MetricSample } from './prometheus-text';

/**
 * UP: ready. NOT_READY: it answers, but `/health/ready` says a dependency fails (`failing`). DOWN: it does not
 * answer (stopped, refused, timed out). UNKNOWN: not polled yet.
 */
export const SERVICE_STATUSES = ['UP', 'NOT_READY', 'DOWN', 'UNKNOWN'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Messages a consumer group is behind on one topic (its partitions summed). */
export interface TopicLag {
  topic: string;
  lag: number;
}

/** What the messaging metrics of a service say. */
export interface MessagingFigures {
  /** Per topic consumed, from `tc_consumer_lag` (updated as the consumer works). */
  consumerLag: TopicLag[];
  /** Outbox events committed but not yet published (`tc_outbox_backlog`). */
  outboxBacklog: number;
  /** Age of the oldest of them, seconds (`tc_outbox_oldest_unpublished_seconds`). */
  outboxOldestSeconds: number;
  /** Messages dead-lettered since the process started (`tc_dead_letters_total`). */
  deadLetters: number;
  /** Partitions waiting out a transient failure (`tc_consumer_stuck_partitions`). */
  stuckPartitions: number;
}

/** One service as the overview shows it. */
export interface ServiceHealth extends Partial<MessagingFigures> {
  service: ServiceName;
  url: string;
  status: ServiceStatus;
  /** Readiness checks failing (NOT_READY), e.g. `kafka`, `postgres`. */
  failing: string[];
  /** Why it is DOWN, in a few words (`unreachable`, `timed out`, `HTTP 502`). */
  error: string | null;
  /** Since when it has had this status (ISO-8601 UTC). */
  since: string;
  /** When it was last polled (ISO-8601 UTC); null before the first poll. */
  checkedAt: string | null;
}

/** The metric names the overview reads. */
export const WANTED_METRICS = new Set<string>([
  METRIC_NAMES.consumerLag,
  METRIC_NAMES.outboxBacklog,
  METRIC_NAMES.deadLettersTotal,
  'tc_outbox_oldest_unpublished_seconds',
  'tc_consumer_stuck_partitions',
]);

const sum = (samples: MetricSample[], name: string) => samples.filter((s) => s.name === name && Number.isFinite(s.value)).reduce((t, s) => t + s.value, 0);

/** Sums a service's messaging metrics: lag per topic (partitions summed), backlog, oldest, dead letters, stuck. */
export function messagingFigures(samples: MetricSample[]): MessagingFigures {
  const lag = new Map<string, number>();
  for (const s of samples) {
    if (s.name !== METRIC_NAMES.consumerLag || !s.labels.topic || !Number.isFinite(s.value)) continue;
    lag.set(s.labels.topic, (lag.get(s.labels.topic) ?? 0) + s.value);
  }
  return {
    consumerLag: [...lag].map(([topic, n]) => ({ topic, lag: n })).sort((a, b) => a.topic.localeCompare(b.topic)),
    outboxBacklog: sum(samples, METRIC_NAMES.outboxBacklog),
    outboxOldestSeconds: Math.round(sum(samples, 'tc_outbox_oldest_unpublished_seconds')),
    deadLetters: sum(samples, METRIC_NAMES.deadLettersTotal),
    stuckPartitions: sum(samples, 'tc_consumer_stuck_partitions'),
  };
}

/** What one poll found. */
export type ProbeResult =
  | { reachable: false; error: string }
  | { reachable: true; ready: boolean; failing: string[]; figures: MessagingFigures | null };

/** The service's health after a poll: its status keeps its `since` while it does not change. */
export function nextHealth(previous: ServiceHealth, probe: ProbeResult, at: Date): ServiceHealth {
  const status: ServiceStatus = !probe.reachable ? 'DOWN' : probe.ready ? 'UP' : 'NOT_READY';
  const base = { service: previous.service, url: previous.url, status, since: status === previous.status ? previous.since : at.toISOString(), checkedAt: at.toISOString() };
  if (!probe.reachable) return { ...base, failing: [], error: probe.error };
  return { ...base, failing: probe.failing, error: null, ...(probe.figures ?? {}) };
}

/** A service not polled yet. */
export function unknownHealth(service: ServiceName, url: string, at: Date): ServiceHealth {
  return { service, url, status: 'UNKNOWN', failing: [], error: null, since: at.toISOString(), checkedAt: null };
}
