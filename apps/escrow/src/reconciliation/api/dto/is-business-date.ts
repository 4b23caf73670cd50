import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isBusinessDate } from '../../domain/business-day';

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is refused). */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBusinessDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isBusinessDate(value),
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a real calendar day (YYYY-MM-DD)`,
      },
    },
    options,
  );
}
