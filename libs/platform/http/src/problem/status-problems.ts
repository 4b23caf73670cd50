import { STATUS_CODES } from 'node:http';

/** Problem type slugs of plain HTTP errors (thrown as Nest HttpExceptions or by Express). */
const SLUGS: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'request-timeout',
  409: 'conflict',
  410: 'gone',
  411: 'length-required',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-content',
  428: 'precondition-required',
  429: 'too-many-requests',
  500: 'internal-error',
  501: 'not-implemented',
  502: 'bad-gateway',
  503: 'service-unavailable',
  504: 'gateway-timeout',
};

/** The generic problem type slug and title of an HTTP status. */
export function problemOfStatus(status: number): { type: string; title: string } {
  const fallback = status >= 500 ? 'internal-error' : 'bad-request';
  return { type: SLUGS[status] ?? fallback, title: STATUS_CODES[status] ?? 'Error' };
}
