import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * An env flag that must be false when `NODE_ENV=production` (development conveniences that weaken security,
 * such as `WEBHOOK_ALLOW_INSECURE_URLS`). The config fails to load otherwise, naming the variable.
 */
export function FalseInProduction(): PropertyDecorator {
  return ValidateBy({
    name: 'falseInProduction',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => !(value === true && (args?.object as { NODE_ENV?: string } | undefined)?.NODE_ENV === 'production'),
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'this flag'} must be false in production`,
    },
  });
}
