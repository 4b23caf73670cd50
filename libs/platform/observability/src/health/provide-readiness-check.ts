import type { FactoryProvider, InjectionToken, OptionalFactoryDependency, Type } from '@nestjs/common';
import type { ReadinessCheck } from './readiness-check';
import { ReadinessRegistry } from './readiness.registry';

/** How {@link provideReadinessCheck} obtains the check. */
export type ReadinessCheckSource =
  | { useExisting: InjectionToken }
  | { useFactory: (...deps: never[]) => ReadinessCheck; inject?: Array<InjectionToken | OptionalFactoryDependency> };

/**
 * A provider that registers a readiness check with the app's `HealthModule` at boot. Put it in the providers of
 * the module owning the dependency; without `HealthModule` in the app it does nothing.
 *
 * @example providers: [RedisReadinessCheck, provideReadinessCheck({ useExisting: RedisReadinessCheck })]
 * @example provideReadinessCheck({ useFactory: (ds: DataSource) => new PostgresCheck(ds), inject: [DataSource] })
 */
export function provideReadinessCheck(source: ReadinessCheckSource): FactoryProvider<ReadinessCheck> {
  // Nest resolves `inject` at boot, so the dependencies arrive in the order the caller declared them.
  const make = ('useExisting' in source ? (check: ReadinessCheck) => check : source.useFactory) as (
    ...deps: unknown[]
  ) => ReadinessCheck;
  const inject = 'useExisting' in source ? [source.useExisting] : (source.inject ?? []);
  return {
    provide: Symbol(`readiness-check#${++sequence}`),
    useFactory: (registry: ReadinessRegistry | undefined, ...deps: unknown[]) => {
      const check = make(...deps);
      registry?.register(check);
      return check;
    },
    inject: [{ token: ReadinessRegistry as Type<ReadinessRegistry>, optional: true }, ...inject],
  };
}

let sequence = 0;
