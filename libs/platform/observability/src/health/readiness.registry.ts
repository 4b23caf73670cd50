import { Injectable } from '@nestjs/common';
import type { ReadinessCheck } from './readiness-check';

/** The readiness checks of the app. Filled at boot by {@link provideReadinessCheck} providers (or `register`). */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  /** Adds a check; a second check with the same name is refused, as it would hide the first. */
  register(check: ReadinessCheck): void {
    const existing = this.checks.get(check.name);
    if (existing === check) return;
    if (existing) throw new Error(`A readiness check named "${check.name}" is already registered.`);
    this.checks.set(check.name, check);
  }

  /** The registered checks, in registration order. */
  list(): readonly ReadinessCheck[] {
    return [...this.checks.values()];
  }
}
