import { CorrelationContext } from './correlation-context';
import { CAUSATION_ID_HEADER, CORRELATION_ID_HEADER } from './correlation-ids';

/**
 * Headers for an outgoing HTTP call made on behalf of the work in progress (a webhook sent because of an event,
 * a provider call): the correlation id travels on, and the current event or request becomes the causation.
 * The receiving service resolves them into its own context, so one id ties HTTP → Kafka → HTTP together.
 */
export function outgoingTraceHeaders(): Record<string, string> {
  const ids = CorrelationContext.current();
  if (!ids) return {};
  return { [CORRELATION_ID_HEADER]: ids.correlationId, ...(ids.causationId ? { [CAUSATION_ID_HEADER]: ids.causationId } : {}) };
}
