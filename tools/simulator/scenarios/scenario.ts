/**
 * A scenario: one order driven end to end through the public APIs by the parties of a {@link Circle}, and what the
 * outside world must have seen by its end. The scenario suite runs each once and checks everything; the simulator,
 * the benchmark and the chaos run play mixes of them.
 */
import { waitFor } from '@trustcircle/testing';
import type { PlacedOrder } from '../circle/actors';
import { e164 } from '../circle/http';
import type { Circle } from '../circle/circle';
import { type EscrowView, escrowView } from '../circle/money';

/** What a scenario expects of its order once it has run. */
export interface ScenarioExpectation {
  /** The escrow's final state. */
  escrowState: string;
  /** Final amounts that must hold (whole VND), beside conservation (always checked). */
  amounts?: Partial<Record<'paid' | 'refunded' | 'releasedToSeller' | 'fee' | 'paidOut' | 'heldNow', number>>;
  /** The buyer's texts, in order: each pattern matches the next text (no other texts in between or after). */
  sms: RegExp[];
  /** Event types the marketplace must have received by webhook about the order (in any order). */
  webhooks: string[];
}

/** One run of a scenario: its order and what must be true of it. */
export interface ScenarioRun {
  order: PlacedOrder;
  expect: ScenarioExpectation;
}

export interface Scenario {
  /** Short name (the simulator's mix is keyed by it). */
  name: string;
  /** What it plays, in a sentence. */
  title: string;
  /** True when it needs the services' clocks moved (deadlines): only on test stacks, never under `npm start`. */
  movesTime: boolean;
  run(circle: Circle): Promise<ScenarioRun>;
}

/** Waits until the order's escrow is in `state` (the escrow API, as the marketplace reads its own); answers the view. */
export function escrowIn(circle: Circle, orderId: string, state: string | string[], timeoutMs = 60_000): Promise<EscrowView> {
  const states = Array.isArray(state) ? state : [state];
  return waitFor(
    async () => {
      const v = await escrowView(circle.marketplace, orderId);
      if (!states.includes(v.state)) throw new Error(`it is ${v.state}, deadlines ${JSON.stringify(v.deadlines)}`);
      return v;
    },
    { what: `the escrow of ${orderId} to be ${states.join(' or ')}`, timeoutMs, intervalMs: 100 },
  );
}

/** A tracking number of its own. */
export const trackingNumber = (order: PlacedOrder, suffix = ''): string => `SIM${order.code.replace(/\W/g, '')}${suffix}`;

/**
 * Waits until the order's buyer has had `n` texts. Texts about events of different services (an order placed, a
 * payment received) may reach the provider in either order when the events are close together, so a scenario
 * that checks the exact sequence lets each text arrive before the next step, as a buyer would read it.
 */
export function texted(circle: Circle, order: PlacedOrder, n: number, timeoutMs = 30_000): Promise<true> {
  const to = e164(order.phone);
  return waitFor(() => circle.sms.count(to) >= n || undefined, { what: `text ${n} to the buyer of ${order.code} (got: ${circle.sms.texts(to).join(' | ')})`, timeoutMs, intervalMs: 50 });
}
