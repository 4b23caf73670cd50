/**
 * Plays a fault plan against a running platform while load flows, and records what actually happened: when each
 * fault began and ended by the wall clock, and, after each kill, how long the service took to be ready again. The
 * timeline is the replay record: the plan is fixed by the seed, the moments as close as the OS allowed.
 */
import type { ServiceName } from '@trustcircle/contracts';
import { type Fault, describeFault, faultSpan } from './chaos-plan';

/** What the runner can do to the platform and its outside world. */
export interface ChaosTargets {
  kill(service: ServiceName): Promise<void>;
  /** Starts the service again; resolves once it answers `/health/ready`. */
  start(service: ServiceName): Promise<void>;
  pause(service: ServiceName): void;
  resume(service: ServiceName): void;
  stopBroker(): Promise<void>;
  startBroker(): Promise<void>;
  smsOutage(on: boolean): void;
  webhookOutage(on: boolean): void;
}

/** One fault as it happened. */
export interface TimelineEntry {
  fault: string;
  kind: Fault['kind'];
  plannedAtMs: number;
  startedAtMs: number;
  endedAtMs: number;
  /** Kills and the broker restart: from starting the process again to ready. */
  recoveryMs?: number;
  error?: string;
}

export class ChaosRunner {
  readonly timeline: TimelineEntry[] = [];

  constructor(private readonly targets: ChaosTargets) {}

  /** Plays every fault at its moment (from now); resolves when the last one is over. */
  async play(plan: readonly Fault[]): Promise<void> {
    const t0 = Date.now();
    await Promise.all(
      plan.map(async (f) => {
        await sleep(Math.max(0, t0 + f.at - Date.now()));
        const entry: TimelineEntry = { fault: describeFault(f), kind: f.kind, plannedAtMs: f.at, startedAtMs: Date.now() - t0, endedAtMs: 0 };
        try {
          entry.recoveryMs = await this.inject(f);
        } catch (e) {
          entry.error = e instanceof Error ? e.message : String(e);
        }
        entry.endedAtMs = Date.now() - t0;
        this.timeline.push(entry);
      }),
    );
    this.timeline.sort((a, b) => a.startedAtMs - b.startedAtMs);
  }

  /** Injects one fault and lifts it after its span; answers the recovery time where there is one. */
  private async inject(f: Fault): Promise<number | undefined> {
    switch (f.kind) {
      case 'kill': {
        await this.targets.kill(f.service);
        await sleep(f.downMs);
        const t = Date.now();
        await this.targets.start(f.service);
        return Date.now() - t;
      }
      case 'restart-broker': {
        await this.targets.stopBroker();
        await sleep(f.downMs);
        const t = Date.now();
        await this.targets.startBroker();
        return Date.now() - t;
      }
      case 'pause':
        this.targets.pause(f.service);
        await sleep(faultSpan(f));
        this.targets.resume(f.service);
        return undefined;
      case 'sms-outage':
        this.targets.smsOutage(true);
        await sleep(f.ms);
        this.targets.smsOutage(false);
        return undefined;
      case 'webhook-outage':
        this.targets.webhookOutage(true);
        await sleep(f.ms);
        this.targets.webhookOutage(false);
        return undefined;
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
