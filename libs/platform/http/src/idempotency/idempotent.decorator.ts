import { SetMetadata } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { HandlerExecution } from './handler-execution';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

/** Metadata key of {@link Idempotent}. */
export const IDEMPOTENT_METADATA = 'tc:idempotent';

/** Options of {@link Idempotent}. */
export interface IdempotentOptions {
  /** Refuse requests without an Idempotency-Key header (400). Default false: without the header, no idempotency. */
  required?: boolean;
}

/**
 * Makes a POST handler that creates something safe to retry with an `Idempotency-Key` header (Stripe semantics,
 * enforced by the global idempotency interceptor of `HttpEdgeModule`):
 * - the first request runs; its outcome (status, body, some headers) is kept 24 h per tenant, route and key;
 * - a retry with the same key and body gets the stored response again, with `Idempotent-Replayed: true`;
 * - the same key with another body → 422 `idempotency-key-reuse`; while the first is running → 409
 *   `idempotency-key-in-progress`.
 *
 * What is stored: every outcome once the handler was called, errors thrown by it included (4xx and 5xx, as
 * problem details). Not stored, so the client can fix and retry with the same key: rejections before the
 * handler ran (authentication, rate limits, validation and other pipes), a bad key, and the 409/422 above.
 *
 * The decorator wraps the method to learn when it is called, keeping the method's metadata.
 */
export function Idempotent(options: IdempotentOptions = {}): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    const original: unknown = descriptor.value;
    if (typeof original !== 'function') throw new Error('@Idempotent() decorates methods only.');
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      HandlerExecution.markBegan();
      return original.apply(this, args);
    };
    for (const key of Reflect.getOwnMetadataKeys(original)) {
      Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, original), wrapped);
    }
    Object.defineProperty(wrapped, 'name', { value: original.name });
    descriptor.value = wrapped as typeof descriptor.value;
    SetMetadata(IDEMPOTENT_METADATA, options)(target, propertyKey, descriptor);
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: options.required ?? false,
      description: 'Unique key (UUID v4) making retries safe: a retry with the same key and body returns the first response.',
    })(target, propertyKey, descriptor);
    ApiResponse({ status: 409, description: 'A request with this Idempotency-Key is still in progress.' })(target, propertyKey, descriptor);
    ApiResponse({ status: 422, description: 'This Idempotency-Key was used with a different request.' })(target, propertyKey, descriptor);
    return descriptor;
  };
}
