/**
 * The fault plan of a chaos run, fixed by its seed: which service is SIGKILLed when and for how long, when the
 * broker restarts (once), which consumer is frozen past its session timeout, and when the SMS provider and the
 * marketplace's webhook endpoint fail for a while. Pure: the same seed and options give the same plan.
 */
import type { ServiceName } from '@trustcircle/contracts';
import { SeededRandom } from '../simulator/random';

export type Fault =
  | { at: number; kind: 'kill'; service: ServiceName; downMs: number }
  | { at: number; kind: 'restart-broker'; downMs: number }
  | { at: number; kind: 'pause'; service: ServiceName; ms: number }
  | { at: number; kind: 'sms-outage'; ms: number }
  | { at: number; kind: 'webhook-outage'; ms: number };

export interface PlanOptions {
  /** How long faults are injected, ms from the start of the load. */
  durationMs: number;
  /** How many SIGKILLs. */
  kills: number;
  /** The services that may be killed or frozen. */
  services: readonly ServiceName[];
  /** A frozen consumer stays frozen this long: past its group's session timeout (10 s), so the group rebalances. */
  pauseMs: number;
  /** How long an SMS or webhook outage lasts. */
  outageMs: number;
}

/** A service is down at most this long after a kill (then it is started again). */
const MAX_DOWN_MS = 4000;

export function planFaults(seed: number, o: PlanOptions): Fault[] {
  const random = new SeededRandom(seed);
  const window = (from: number, to: number): number => Math.round(o.durationMs * (from + random.next() * (to - from)));
  const faults: Fault[] = [];
  // Kills spread over the run, each in its own slice, on random services (the same one twice is allowed).
  for (let i = 0; i < o.kills; i++) {
    const slice = 0.8 / o.kills;
    faults.push({ at: window(0.05 + i * slice, 0.05 + (i + 0.7) * slice), kind: 'kill', service: o.services[random.int(0, o.services.length - 1)], downMs: random.int(500, MAX_DOWN_MS) });
  }
  faults.push({ at: window(0.3, 0.6), kind: 'restart-broker', downMs: random.int(1000, 3000) });
  faults.push({ at: window(0.1, 0.5), kind: 'pause', service: o.services[random.int(0, o.services.length - 1)], ms: o.pauseMs });
  faults.push({ at: window(0.1, 0.7), kind: 'sms-outage', ms: o.outageMs });
  faults.push({ at: window(0.1, 0.7), kind: 'webhook-outage', ms: o.outageMs });
  return separate(faults.sort((a, b) => a.at - b.at)).sort((a, b) => a.at - b.at);
}

/** How long a fault keeps its target out. */
export function faultSpan(f: Fault): number {
  return f.kind === 'kill' || f.kind === 'restart-broker' ? f.downMs : f.ms;
}

/** A fault on a service waits until the previous fault on that service is over (a frozen process is not killed). */
function separate(faults: Fault[]): Fault[] {
  const busyUntil = new Map<string, number>();
  return faults.map((f) => {
    const target = 'service' in f ? f.service : f.kind;
    const at = Math.max(f.at, (busyUntil.get(target) ?? 0) + 1000);
    busyUntil.set(target, at + faultSpan(f) + 15_000);
    return { ...f, at };
  });
}

/** One line per fault, for the report. */
export function describeFault(f: Fault): string {
  switch (f.kind) {
    case 'kill':
      return `SIGKILL ${f.service}, start it again after ${f.downMs} ms`;
    case 'restart-broker':
      return `stop the Kafka broker, start it again after ${f.downMs} ms`;
    case 'pause':
      return `freeze ${f.service} (SIGSTOP) for ${f.ms} ms, past its session timeout`;
    case 'sms-outage':
      return `the SMS provider answers 503 for ${f.ms} ms`;
    case 'webhook-outage':
      return `the marketplace's webhook endpoint answers 503 for ${f.ms} ms`;
  }
}
