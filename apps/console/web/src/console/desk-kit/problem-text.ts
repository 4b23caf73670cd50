import { ApiError } from '../../api/api-error';

/** Whether the error is a 404 answer (the thing does not exist, or the service does not know it yet). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && error.status === 404;
}

/** Whether the error is a 403 answer (the operator's role may not do this). */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && error.status === 403;
}
