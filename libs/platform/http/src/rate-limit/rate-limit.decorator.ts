import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { RateLimitRule } from './rate-limit-rule';
import { RATE_LIMIT_METADATA } from './rate-limit.constants';
import { RateLimitGuard } from './rate-limit.guard';

/**
 * Limits how often a handler (or every handler of a controller) may be called, per subject, with fixed windows
 * counted atomically in Redis. Over a limit the request gets 429 `rate-limited` with `Retry-After`.
 *
 * The guard is attached by the decorator itself, so it runs after the global guards (authentication): a key
 * function may use `req.principal`. Guards run before pipes, so `req.body` is the raw, unvalidated JSON.
 *
 * @example @RateLimit({ name: 'otp-per-phone', limit: 3, windowSeconds: 600, key: RateLimitKeys.phoneInBody('phone') },
 *                     { name: 'otp-per-ip', limit: 20, windowSeconds: 600, key: RateLimitKeys.ip })
 */
export function RateLimit(...rules: RateLimitRule[]): MethodDecorator & ClassDecorator {
  for (const rule of rules) {
    if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new Error(`Rate limit "${rule.name}": limit must be a positive integer.`);
    if (!Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) throw new Error(`Rate limit "${rule.name}": windowSeconds must be a positive integer.`);
  }
  const appendRules = (target: object): void => {
    const existing = (Reflect.getMetadata(RATE_LIMIT_METADATA, target) as RateLimitRule[] | undefined) ?? [];
    Reflect.defineMetadata(RATE_LIMIT_METADATA, [...existing, ...rules], target);
  };
  return applyDecorators(
    (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => appendRules(descriptor?.value ?? target),
    UseGuards(RateLimitGuard),
    ApiResponse({ status: 429, description: 'Rate limit reached; see the Retry-After header.' }),
  );
}
