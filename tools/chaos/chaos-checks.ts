/**
 * The end of a chaos run, with everything recovered: every deadline moved past (the services' clocks), every
 * instruction the payment partner holds settled, then each order placed checked through the public APIs. The
 * verdict counts what must be zero: orders lost, VND created or destroyed, escrows paid twice, duplicate texts at
 * the SMS provider, orders stuck after their deadlines passed.
 */
import { waitFor } from '@trustcircle/testing';
import type { PlacedOrder } from '../simulator/circle/actors';
import type { Circle, ClockControl } from '../simulator/circle/circle';
import { expectStatus } from '../simulator/circle/http';
import { type EscrowView, conservationProblems, escrowView } from '../simulator/circle/money';
import { trackingNumber } from '../simulator/scenarios/scenario';

const DAY = 86_400_000;
/** Where an escrow's story ends (RELEASED becomes PAID_OUT once the payout settles). */
export const TERMINAL_STATES = ['PAID_OUT', 'REFUNDED', 'EXPIRED', 'CANCELLED'];

export interface ChaosVerdict {
  ordersPlaced: number;
  ordersLost: number;
  vndCreatedOrDestroyed: number;
  escrowsPaidTwice: number;
  duplicateSms: number;
  stuckOrders: number;
  /** The first problems found, for the report. */
  problems: string[];
}

/** Moves every clock on in steps (each step lets the cascade of the last one through: a judgment, then its refund). */
export async function passEveryDeadline(clock: ClockControl, steps = 6, stepMs = 10 * DAY, settleMs = 3000): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await clock.advanceAndSweep(stepMs);
    await new Promise((r) => setTimeout(r, settleMs));
  }
}

/**
 * The outside world finishes what interrupted scenarios left to it, as it would in time: the courier delivers
 * every parcel still on its way (a refusal, where no parcel was registered, is ignored) and the mediator decides
 * every escalated complaint of the marketplace (a full refund). Deadlines the platform owns are left to the clocks.
 */
export async function finishOutsideWork(circle: Circle, orders: readonly PlacedOrder[]): Promise<{ delivered: number; decided: number }> {
  let delivered = 0;
  for (const o of orders) {
    const v = await escrowView(circle.marketplace, o.id).catch(() => undefined);
    if (!v || TERMINAL_STATES.includes(v.state)) continue;
    const a = await circle.courier.event(trackingNumber(o), 'DELIVERED', o.paymentMethod === 'COD' ? { codAmount: o.totalAmount } : {});
    if (a.status === 200 || a.status === 201) delivered++;
  }
  return { delivered, decided: await decideEscalated(circle) };
}

/** The most cases one read of the mediators' queue returns (its API refuses more). */
export const QUEUE_PAGE = 200;

/**
 * The mediator decides every complaint of the marketplace waiting in the queue (a full refund), reading the queue
 * again until it is empty. Passing deadlines escalates more (an offer the buyer never answered), so the end of a run
 * calls this again after them. A queue that answers anything but 200, or that does not shrink as its cases are
 * decided, fails the run: a silent 0 once left an escalated complaint undecided and its money on hold.
 */
export async function decideEscalated(circle: Pick<Circle, 'mediator' | 'marketplace'>): Promise<number> {
  let decided = 0;
  let before = Number.POSITIVE_INFINITY;
  for (;;) {
    const queue = await expectStatus(
      "the mediators' queue",
      circle.mediator.get('disputes', `/v1/disputes/queue?marketplaceId=${circle.marketplace.id}&limit=${QUEUE_PAGE}`),
      200,
    );
    const items = (queue.items ?? []) as Array<{ disputeId: string }>;
    const total = Number(queue.total ?? items.length);
    if (items.length === 0) return decided;
    if (total >= before) throw new Error(`The mediators' queue still holds ${total} cases after ${decided} decisions`);
    before = total;
    for (const d of items) {
      await circle.mediator.decide(d.disputeId, 'REFUND_FULL');
      decided++;
    }
  }
}

/** Settles every pending instruction of the circle's payment partner until none is left for a while. */
export async function settleEverything(circle: Circle, quietMs = 5000, timeoutMs = 180_000): Promise<number> {
  let settled = 0;
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline && Date.now() - quietSince < quietMs) {
    const pending = await circle.payer.pendingInstructions();
    for (const i of pending) {
      const a = await circle.payer.settle(i.instructionId);
      if (a.status === 200 || a.status === 201) settled++;
    }
    if (pending.length > 0) quietSince = Date.now();
    await new Promise((r) => setTimeout(r, 500));
  }
  return settled;
}

/** Checks every order placed; waits up to `timeoutMs` for escrows still moving to end. */
export async function chaosVerdict(circle: Circle, orders: readonly PlacedOrder[], timeoutMs = 120_000): Promise<ChaosVerdict> {
  const views = new Map<string, EscrowView | null>();
  const read = async (o: PlacedOrder): Promise<EscrowView | null> => {
    const a = await circle.marketplace.get('escrow', `/v1/escrows/${o.id}`);
    if (a.status === 404) return null;
    return escrowView(circle.marketplace, o.id);
  };
  // Escrows still moving (a refund being settled) get time to end; an order escrow never heard of stays lost.
  await waitFor(
    async () => {
      for (const o of orders) {
        const known = views.get(o.id);
        if (known && TERMINAL_STATES.includes(known.state)) continue;
        views.set(o.id, await read(o));
      }
      return [...views.values()].every((v) => v && TERMINAL_STATES.includes(v.state)) || undefined;
    },
    { what: 'every escrow to reach the end of its story', timeoutMs, intervalMs: 2000 },
  ).catch(() => undefined);

  const problems: string[] = [];
  const v: ChaosVerdict = { ordersPlaced: orders.length, ordersLost: 0, vndCreatedOrDestroyed: 0, escrowsPaidTwice: 0, duplicateSms: 0, stuckOrders: 0, problems };
  for (const o of orders) {
    const view = views.get(o.id);
    if (!view) {
      v.ordersLost++;
      problems.push(`${o.code}: escrow never opened`);
      continue;
    }
    const a = view.amounts;
    const imbalance = Math.abs(a.paid - (a.releasedToSeller + a.fee + a.refunded + a.heldNow));
    v.vndCreatedOrDestroyed += imbalance;
    for (const p of conservationProblems(view, { closed: TERMINAL_STATES.includes(view.state) })) problems.push(`${o.code}: ${p}`);
    const settledPayouts = view.instructions.filter((i) => i.kind === 'PAYOUT' && i.status === 'SETTLED').length;
    if (a.paidOut > a.releasedToSeller || a.refunded > a.paid || settledPayouts > 1) {
      v.escrowsPaidTwice++;
      problems.push(`${o.code}: paid twice (paid ${a.paid}, refunded ${a.refunded}, released to seller ${a.releasedToSeller}, paid out ${a.paidOut}, ${settledPayouts} payouts)`);
    }
    if (!TERMINAL_STATES.includes(view.state)) {
      v.stuckOrders++;
      problems.push(`${o.code}: stuck in ${view.state} (deadlines ${JSON.stringify(view.deadlines)}, hold ${view.state === 'ON_HOLD' ? 'yes' : 'no'})`);
    }
  }
  const seen = new Set<string>();
  for (const m of circle.sms.all()) {
    const key = `${m.to}\u0000${m.text}`;
    if (seen.has(key)) v.duplicateSms++;
    seen.add(key);
  }
  v.duplicateSms += circle.sms.duplicates();
  if (v.duplicateSms > 0) problems.push(`${v.duplicateSms} duplicate texts at the provider`);
  problems.splice(20);
  return v;
}

/** The verdict as the table: each check, its count, and whether it is the zero it must be. */
export function verdictTable(v: ChaosVerdict): string[] {
  const rows: Array<[string, number]> = [
    ['Orders lost', v.ordersLost],
    ['VND created or destroyed (per escrow, summed)', v.vndCreatedOrDestroyed],
    ['Escrows paid twice', v.escrowsPaidTwice],
    ['Duplicate SMS, counted at the provider', v.duplicateSms],
    ['Orders stuck after their deadlines pass', v.stuckOrders],
  ];
  return ['| Check | Count | Must be |', '|---|---:|---|', ...rows.map(([name, n]) => `| ${name} | ${n} | 0 ${n === 0 ? '✓' : '✗'} |`)];
}

/** True when every count that must be zero is. */
export function verdictHolds(v: ChaosVerdict): boolean {
  return v.ordersLost === 0 && v.vndCreatedOrDestroyed === 0 && v.escrowsPaidTwice === 0 && v.duplicateSms === 0 && v.stuckOrders === 0;
}
