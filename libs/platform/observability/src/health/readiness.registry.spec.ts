import { provideReadinessCheck } from './provide-readiness-check';
import type { ReadinessCheck } from './readiness-check';
import { ReadinessRegistry } from './readiness.registry';
import { TimeoutError, withTimeout } from './with-timeout';

const check = (name: string): ReadinessCheck => ({ name, check: async () => undefined });

describe(ReadinessRegistry.name, () => {
  it('lists checks in registration order, tolerates re-registering the same check, refuses a duplicate name', () => {
    const registry = new ReadinessRegistry();
    const redis = check('redis');
    registry.register(redis);
    registry.register(check('postgres'));
    registry.register(redis);
    expect(registry.list().map((c) => c.name)).toEqual(['redis', 'postgres']);
    expect(() => registry.register(check('redis'))).toThrow(/already registered/);
  });
});

describe(provideReadinessCheck.name, () => {
  it('registers the existing or built check at boot, and does nothing without a registry', () => {
    const registry = new ReadinessRegistry();
    const existing = provideReadinessCheck({ useExisting: 'TOKEN' });
    expect(existing.inject).toEqual([expect.objectContaining({ optional: true }), 'TOKEN']);
    const redis = check('redis');
    expect(existing.useFactory(registry, redis)).toBe(redis);

    const built = provideReadinessCheck({ useFactory: (prefix: string) => check(`${prefix}-kafka`), inject: ['PREFIX'] });
    built.useFactory(registry, 'tc');
    built.useFactory(undefined, 'other');
    expect(registry.list().map((c) => c.name)).toEqual(['redis', 'tc-kafka']);
    expect(built.provide).not.toBe(existing.provide);
  });
});

describe(withTimeout.name, () => {
  it('resolves in time, or rejects with a TimeoutError', async () => {
    await expect(withTimeout(Promise.resolve(1), 50)).resolves.toBe(1);
    await expect(withTimeout(new Promise(() => undefined), 10)).rejects.toBeInstanceOf(TimeoutError);
  });
});
