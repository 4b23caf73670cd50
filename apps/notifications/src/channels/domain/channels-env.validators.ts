import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import { smsPayloadTemplateProblem } from './sms-payload-template';

/** The provider names each channel's list (`SMS_PROVIDERS`, `ZALO_PROVIDERS`, `EMAIL_PROVIDERS`) may hold. */
export const SMS_PROVIDER_NAMES = ['sms-http', 'sms-http-secondary', 'sms-log'] as const;
export const ZALO_PROVIDER_NAMES = ['zalo-zns'] as const;
export const EMAIL_PROVIDER_NAMES = ['smtp'] as const;

/** An optional variable left empty (`NAME=`) counts as unset. */
export function BlankAsUnset(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? undefined : value));
}

/** Whether a provider list variable of the env being validated names `provider`. */
export function listsProvider(variable: string, provider: string): (env: object) => boolean {
  return (env) => {
    const list = (env as Record<string, unknown>)[variable];
    return Array.isArray(list) && list.includes(provider);
  };
}

/** An SMS gateway payload template (`SMS_GATEWAY_PAYLOAD`) that renders to a JSON object; the message says why not. */
export function IsSmsPayloadTemplate(): PropertyDecorator {
  return ValidateBy({
    name: 'isSmsPayloadTemplate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && smsPayloadTemplateProblem(value) === undefined,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'the payload template'}: ${typeof args?.value === 'string' ? smsPayloadTemplateProblem(args.value) : 'must be a string'}`,
    },
  });
}
