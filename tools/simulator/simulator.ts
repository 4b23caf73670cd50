/**
 * The simulator: starts orders at a steady rate, each one a scenario drawn from a weighted mix and played to its
 * end by the circle's parties, with a cap on orders in flight. It keeps counts and durations per scenario. The
 * demo traffic of `npm start`, the benchmark and the chaos run all drive the platform through it.
 */
import type { Circle } from './circle/circle';
import { SeededRandom } from './random';
import type { Scenario, ScenarioRun } from './scenarios/scenario';

export interface SimulatorOptions {
  /** New orders per second. */
  rate: number;
  /** Stop starting orders after this long (ms); undefined: until {@link Simulator.stop}. */
  durationMs?: number;
  /** Stop after starting this many orders. */
  orders?: number;
  /** Scenario name → weight. */
  mix: Record<string, number>;
  /** At most this many orders in flight (new ones wait). */
  maxInFlight: number;
  seed: number;
  /** Called with every finished run (to check it, or to count it). */
  onFinished?: (scenario: Scenario, run: ScenarioRun, ms: number) => void | Promise<void>;
  /** Called with every failed one. */
  onFailed?: (scenario: Scenario, error: Error) => void;
}

/** Counts of one scenario. */
export interface ScenarioStats {
  started: number;
  completed: number;
  failed: number;
  /** Durations of completed runs, ms. */
  durations: number[];
  lastError?: string;
}

export class Simulator {
  readonly stats = new Map<string, ScenarioStats>();
  readonly runs: Array<{ scenario: string; run: ScenarioRun }> = [];
  private stopped = false;
  private inFlight = 0;

  constructor(
    private readonly circle: Circle,
    private readonly scenarios: readonly Scenario[],
  ) {}

  stop(): void {
    this.stopped = true;
  }

  get active(): number {
    return this.inFlight;
  }

  /** Plays the mix until the duration or order count is reached (or {@link stop}), then waits for the orders in flight. */
  async run(o: SimulatorOptions): Promise<void> {
    const random = new SeededRandom(o.seed);
    const byName = new Map(this.scenarios.map((s) => [s.name, s]));
    const mix = Object.fromEntries(Object.entries(o.mix).filter(([name, w]) => w > 0 && byName.has(name)));
    if (Object.keys(mix).length === 0) throw new Error(`the mix names no known scenario (known: ${[...byName.keys()].join(', ')})`);
    const t0 = Date.now();
    const pending = new Set<Promise<void>>();
    for (let n = 0; !this.stopped; n++) {
      if (o.orders !== undefined && n >= o.orders) break;
      if (o.durationMs !== undefined && Date.now() - t0 >= o.durationMs) break;
      const due = t0 + (n * 1000) / o.rate;
      if (due > Date.now()) await sleep(due - Date.now());
      while (this.inFlight >= o.maxInFlight && !this.stopped) await sleep(10);
      if (this.stopped) break;
      const scenario = byName.get(random.weighted(mix)) as Scenario;
      const p = this.play(scenario, o).finally(() => pending.delete(p));
      pending.add(p);
    }
    await Promise.all(pending);
  }

  private async play(scenario: Scenario, o: SimulatorOptions): Promise<void> {
    const stats = this.statsOf(scenario.name);
    stats.started++;
    this.inFlight++;
    const t0 = Date.now();
    try {
      const run = await scenario.run(this.circle);
      const ms = Date.now() - t0;
      stats.completed++;
      stats.durations.push(ms);
      this.runs.push({ scenario: scenario.name, run });
      await o.onFinished?.(scenario, run, ms);
    } catch (e) {
      stats.failed++;
      stats.lastError = e instanceof Error ? e.message.slice(0, 300) : String(e);
      o.onFailed?.(scenario, e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.inFlight--;
    }
  }

  private statsOf(name: string): ScenarioStats {
    let s = this.stats.get(name);
    if (!s) this.stats.set(name, (s = { started: 0, completed: 0, failed: 0, durations: [] }));
    return s;
  }

  /** One line per scenario: started, completed, failed, p50 duration. */
  summary(): string[] {
    return [...this.stats].map(([name, s]) => {
      const sorted = [...s.durations].sort((a, b) => a - b);
      const p50 = sorted.length ? `${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(1)} s` : '-';
      return `${name.padEnd(22)} started ${String(s.started).padStart(5)}  completed ${String(s.completed).padStart(5)}  failed ${String(s.failed).padStart(4)}  p50 ${p50}${s.lastError ? `  last error: ${s.lastError}` : ''}`;
    });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
