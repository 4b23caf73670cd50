import { AsyncLocalStorage } from 'node:async_hooks';
import type { CorrelationIds } from './correlation-ids';

/**
 * The correlation ids of the work in progress, carried by AsyncLocalStorage through every await.
 *
 * HTTP requests run inside a context set by the logging middleware. Kafka consumers set their own before
 * handling a message (`run({ correlationId: event.correlationId, causationId: event.id }, handle)`), and
 * producers read {@link CorrelationContext.current} to stamp the events they publish. Every log line written
 * inside a context carries its ids.
 */
export class CorrelationContext {
  private static readonly storage = new AsyncLocalStorage<Readonly<CorrelationIds>>();

  /** Runs `fn` (and everything it awaits or schedules) with `ids` as the current context. */
  static run<T>(ids: CorrelationIds, fn: () => T): T {
    return CorrelationContext.storage.run(Object.freeze({ ...ids }), fn);
  }

  /** The ids of the work in progress, or undefined outside any context. */
  static current(): Readonly<CorrelationIds> | undefined {
    return CorrelationContext.storage.getStore();
  }
}
