import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The property is a string `parse` turns into a time (a courier's own date format), e.g.
 * `@IsCourierTime(parseViettelPostDate, 'dd/MM/yyyy HH:mm:ss (Vietnam time)')`.
 */
export function IsCourierTime(parse: (value: string) => Date | undefined, format: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCourierTime',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parse(value) !== undefined,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a real date-time in the format ${format}`,
      },
    },
    options,
  );
}
