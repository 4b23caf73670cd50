/** The ids that tie together everything one outside request caused, across HTTP and Kafka. */
export interface CorrelationIds {
  /** Shared by everything caused by one outside request (an HTTP request id or a root event id). */
  correlationId: string;
  /** The request or event that directly caused the work in progress; null for a root cause. */
  causationId: string | null;
}

/** Request and response header carrying the correlation id (echoed on every response). */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
/** Alternative request header accepted as the correlation id (load balancers set it). */
export const REQUEST_ID_HEADER = 'x-request-id';
/** Request header carrying the causation id of a call made on behalf of an event or another request. */
export const CAUSATION_ID_HEADER = 'x-causation-id';
