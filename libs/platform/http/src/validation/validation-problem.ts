import type { ValidationError } from 'class-validator';
import type { ProblemFieldError } from '../problem/problem-details';
import { ProblemException } from '../problem/problem.exception';

/** Problem type slug of request validation failures. */
export const VALIDATION_PROBLEM_TYPE = 'validation-error';

/**
 * class-validator errors as field errors: one per failed constraint, with the full path of nested properties
 * and array items (`buyer.phone`, `items.3.unitPrice`). Unknown properties come out with code
 * `whitelistValidation` and their own path.
 */
export function fieldErrorsOf(errors: readonly ValidationError[], parentPath = ''): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, message, code }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/** The 400 `validation-error` problem for class-validator errors (the ValidationPipe's exceptionFactory). */
export function validationProblem(errors: readonly ValidationError[]): ProblemException {
  const fieldErrors = fieldErrorsOf(errors);
  const fields = [...new Set(fieldErrors.map((e) => e.field))];
  return new ProblemException({
    status: 400,
    type: VALIDATION_PROBLEM_TYPE,
    title: 'Your request is not valid',
    detail: `Invalid ${fields.length === 1 ? 'field' : 'fields'}: ${fields.join(', ')}.`,
    errors: fieldErrors,
  });
}
