/**
 * A scenario: one order driven end to end through the public APIs by the parties of a {@link Circle}, and what the
 * outside world must have seen by its end. The scenario suite runs each once and checks everything; the simulator,
 * the benchmark and the chaos run play mixes of them.
 */
import { waitFor } from '@trustcircle/testing';
import type { OrderOptions, PlacedOrder } from '../circle/actors';
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

/**
 * The first steps most scenarios share, each waiting for its effect and for the buyer's text before the next, as
 * a buyer would read them: the marketplace places the order, the buyer is texted, the partner reports the whole
 * payment, escrow holds it and the buyer is texted again. Answers the order.
 */
export async function placeAndPay(c: Circle, options: OrderOptions = {}): Promise<PlacedOrder> {
  const order = await c.marketplace.placeOrder(options);
  await escrowIn(c, order.id, 'AWAITING_FUNDING');
  await texted(c, order, 1);
  const paid = await c.payer.pay(order);
  if (paid.status !== 201) throw new Error(`payment answered ${paid.status}: ${JSON.stringify(paid.body).slice(0, 300)}`);
  await escrowIn(c, order.id, 'FUNDED');
  await texted(c, order, 2);
  return order;
}

/** The marketplace registers the parcel, the courier picks it up and takes it out for delivery; the buyer's `text`-th text. Answers the tracking number. */
export async function ship(c: Circle, order: PlacedOrder, text: number): Promise<string> {
  const tn = trackingNumber(order);
  await c.marketplace.registerShipment(order.id, c.courier.id, tn);
  await c.courier.track(tn, ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY']);
  await texted(c, order, text);
  return tn;
}

/** The courier delivers; the inspection window opens and the buyer's `text`-th text says until when. Answers the escrow. */
export async function deliver(c: Circle, order: PlacedOrder, tn: string, text: number): Promise<EscrowView> {
  await c.courier.track(tn, ['DELIVERED']);
  const view = await escrowIn(c, order.id, 'IN_INSPECTION');
  await texted(c, order, text);
  return view;
}

/** The payment partner settles the order's one instruction, which must be a refund of the whole order. */
export async function settleFullRefund(c: Circle, order: PlacedOrder): Promise<void> {
  const settled = await c.payer.settleAll(order.id);
  if (settled.length !== 1 || settled[0].kind !== 'REFUND' || settled[0].amount !== order.totalAmount) throw new Error(`expected one full REFUND instruction, got ${JSON.stringify(settled)}`);
}

/** The final amounts of an order refunded in full: nothing to the seller, no fee, nothing held. */
export function fullyRefunded(order: PlacedOrder): NonNullable<ScenarioExpectation['amounts']> {
  return { paid: order.totalAmount, refunded: order.totalAmount, releasedToSeller: 0, fee: 0, paidOut: 0, heldNow: 0 };
}
