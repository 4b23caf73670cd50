import { ProblemException, validationProblem } from '@trustcircle/http';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/**
 * Validates a courier's own webhook body against `type`: the fields the DTO declares are checked (400
 * `validation-error` naming each, as the global pipe would), any other field is accepted and dropped, unlike the
 * platform's own formats (couriers add fields to their payloads without notice). The controller takes the body
 * untyped so that the global ValidationPipe, which refuses unknown properties, leaves it to this function.
 */
export function parseNativeBody<T extends object>(type: ClassConstructor<T>, raw: unknown): T {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ProblemException({ status: 400, type: 'validation-error', title: 'Your request is not valid', detail: 'The body must be a JSON object.' });
  }
  const body = plainToInstance(type, raw);
  const errors = validateSync(body, { whitelist: true, forbidNonWhitelisted: false, stopAtFirstError: false, validationError: { target: false, value: false } });
  if (errors.length > 0) throw validationProblem(errors);
  return body;
}
