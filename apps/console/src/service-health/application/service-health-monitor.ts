import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { ConsoleEnv } from '../../config/console.env';
import { type HealthTarget, healthTargets } from '../domain/health-targets';
import { parsePrometheusText } from '../domain/prometheus-text';
import { type MessagingFigures, messagingFigures, nextHealth, type ProbeResult, type ServiceHealth, unknownHealth, WANTED_METRICS } from '../domain/service-health';

/**
 * Polls every service's `/health/ready` and `/metrics` every SERVICE_HEALTH_POLL_MS, each request bounded by
 * SERVICE_HEALTH_TIMEOUT_MS, and keeps the latest health in memory. A service that does not answer is DOWN: a
 * poll never throws, and nothing else waits for it. Subscribers hear of every change (statuses, lag, backlog,
 * dead letters; not the poll time alone).
 */
@Injectable()
export class ServiceHealthMonitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly targets: HealthTarget[];
  private health: ServiceHealth[];
  private readonly listeners = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly env: ConsoleEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.targets = healthTargets(env.SERVICE_HEALTH_TARGETS);
    this.health = this.targets.map((t) => unknownHealth(t.service, t.url, clock.now()));
  }

  onApplicationBootstrap(): void {
    void this.pollNow();
    this.timer = setInterval(() => void this.pollNow(), this.env.SERVICE_HEALTH_POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Every service's latest health, in the service map's order. */
  current(): ServiceHealth[] {
    return this.health;
  }

  /** Calls `listener` after a poll that changed anything; answers the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Polls every service now (a poll already running is awaited instead). */
  pollNow(): Promise<void> {
    this.polling ??= this.poll().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async poll(): Promise<void> {
    const probes = await Promise.all(this.targets.map((t) => this.probe(t)));
    const at = this.clock.now();
    const next = this.health.map((previous, i) => nextHealth(previous, probes[i], at));
    const changed = comparable(next) !== comparable(this.health);
    this.health = next;
    if (changed) for (const listener of this.listeners) listener();
  }

  private async probe(target: HealthTarget): Promise<ProbeResult> {
    let ready: Response;
    try {
      ready = await fetch(`${target.url}/health/ready`, { signal: AbortSignal.timeout(this.env.SERVICE_HEALTH_TIMEOUT_MS) });
    } catch (e) {
      return { reachable: false, error: e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'unreachable' };
    }
    if (ready.status !== 200 && ready.status !== 503) {
      await ready.body?.cancel().catch(() => undefined);
      return { reachable: false, error: `HTTP ${ready.status}` };
    }
    const body = (await ready.json().catch(() => ({}))) as { failing?: unknown };
    const failing = Array.isArray(body.failing) ? body.failing.filter((f): f is string => typeof f === 'string').slice(0, 20) : [];
    return { reachable: true, ready: ready.status === 200, failing, figures: await this.figures(target) };
  }

  /** The service's messaging figures; null when its metrics cannot be read (it still answered its readiness). */
  private async figures(target: HealthTarget): Promise<MessagingFigures | null> {
    try {
      const res = await fetch(`${target.url}/metrics`, { signal: AbortSignal.timeout(this.env.SERVICE_HEALTH_TIMEOUT_MS) });
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        return null;
      }
      return messagingFigures(parsePrometheusText(await res.text(), (name) => WANTED_METRICS.has(name)));
    } catch {
      return null;
    }
  }
}

/** The health without the poll times: what a change is. */
function comparable(health: ServiceHealth[]): string {
  return JSON.stringify(health.map(({ checkedAt: _checkedAt, ...rest }) => rest));
}
