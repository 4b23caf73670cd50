// Type() below reads design-time metadata: make sure the Reflect polyfill is loaded (see ./validators).
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/*
 * Validators that look beyond one field's value: sums, other fields, nested objects. Contract classes get their
 * single-value validators from ./validators.
 */

/** Reads a property of the object being validated. */
function field(args: ValidationArguments, name: string): unknown {
  return (args.object as Record<string, unknown>)[name];
}

/**
 * The amount equals the sum of the named amount fields, computed exactly. Reports nothing when a term is not a
 * safe integer (its own decorators report that).
 */
export function EqualsSumOf(fields: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    registerDecorator({
      name: 'equalsSumOf',
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [fields],
      options: { message: `${String(propertyKey)} must equal ${fields.join(' + ')}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const terms = fields.map((f) => field(args, f));
          if (!Number.isSafeInteger(value) || !terms.every((t) => Number.isSafeInteger(t))) return true;
          return terms.reduce<bigint>((sum, t) => sum + BigInt(t as number), 0n) === BigInt(value as number);
        },
      },
    });
  };
}

/** The value differs from another field's (e.g. the approver is not the proposer). */
export function IsNotEqualTo(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    registerDecorator({
      name: 'isNotEqualTo',
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [other],
      options: { message: `${String(propertyKey)} must differ from ${other}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments): boolean => value !== field(args, other),
      },
    });
  };
}

/**
 * Always present; non-null exactly when another field has one of the given values (e.g. an amount for
 * `REFUND_PARTIAL` only). The value's own decorators run when it is not null, or when it is required.
 */
export function IsRequiredWhen(other: string, values: readonly unknown[], options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    const required = (object: object): boolean => values.includes((object as Record<string, unknown>)[other]);
    const when = values.map(String).join(' or ');
    registerDecorator({
      name: 'isRequiredWhen',
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [other, values],
      options: {
        message: (args: ValidationArguments) =>
          args.value === undefined
            ? `${args.property} must be present (null unless ${other} is ${when})`
            : `${args.property} must be set exactly when ${other} is ${when}`,
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments): boolean =>
          value !== undefined && (value !== null) === required(args.object),
      },
    });
    // Null is fine when not required; otherwise the checks run and report it.
    ValidateIf((object: object, value: unknown) => value !== null || required(object))(target, propertyKey);
  };
}

/**
 * A nested object of the given class, required: refuses a missing value, an array (which `ValidateNested` alone
 * would accept item by item) or a primitive, then validates the object's own fields.
 */
export function IsNestedObject(type: () => new () => object, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    IsObject(options)(target, propertyKey);
    ValidateNested(options)(target, propertyKey);
    Type(type)(target, propertyKey);
  };
}

/**
 * A required array of nested objects of the given class, `min` to `max` long; every item must be an object of
 * that class.
 */
export function IsNestedArray(type: () => new () => object, min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    IsArray(options)(target, propertyKey);
    ArrayMinSize(min, options)(target, propertyKey);
    ArrayMaxSize(max, options)(target, propertyKey);
    IsObject({ ...options, each: true })(target, propertyKey);
    ValidateNested({ ...options, each: true })(target, propertyKey);
    Type(type)(target, propertyKey);
  };
}
