import { ValidationPipe } from '@nestjs/common';
import { validationProblem } from './validation-problem';

/**
 * The global ValidationPipe: strips nothing silently (unknown properties are errors that name the property),
 * transforms to DTO instances, reports every failed constraint, and answers with a `validation-error` problem.
 * Values never go into the errors (they may be personal data).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(errors),
  });
}
