import { ProblemException } from '@trustcircle/http';

/** 409: the same message is being processed by another request. */
export function webhookInProgress(): ProblemException {
  return new ProblemException({
    status: 409,
    type: 'webhook-in-progress',
    title: 'Webhook in progress',
    detail: 'A message with this webhook-id is still being processed; retry shortly.',
    headers: { 'Retry-After': '1' },
  });
}

/** 422: the same webhook-id with another body. */
export function webhookIdReused(): ProblemException {
  return new ProblemException({
    status: 422,
    type: 'webhook-id-reuse',
    title: 'webhook-id reused',
    detail: 'This webhook-id was already received with a different body; every message needs its own id.',
  });
}

/** 503: the replay store cannot be reached; nothing was processed. */
export function webhookReplayUnavailable(): ProblemException {
  return new ProblemException({
    status: 503,
    type: 'webhook-replay-check-unavailable',
    title: 'Service temporarily unavailable',
    detail: 'The webhook could not be checked against earlier deliveries; nothing was processed. Retry later.',
    headers: { 'Retry-After': '1' },
  });
}
