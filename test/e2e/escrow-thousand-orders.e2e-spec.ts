/**
 * One long randomised run through the real stack (issue 4, "Done when"): the orders and escrow services as their
 * own processes, a marketplace and a payment partner onboarded with the admin CLI, then 1,000 orders placed over
 * HTTP, paid by signed partner webhooks (exact, short then topped up, over, duplicated, short for good, never),
 * and driven through a seeded random lifecycle of the events delivery-tracking and disputes will publish
 * (produced straight onto their topics, some twice, topics racing each other), cancellations through the orders
 * API, and time moved on the services' clocks so funding, ship-by and inspection deadlines fire.
 *
 * Once escrow has consumed every event and drained its outbox, every one of the 1,000 escrows is checked with SQL
 * on the escrow schema: the payments equal seller + fee + buyer refunds + still held; nothing is held in a closed
 * state; never released and refunded in full; at most one release; every ledger transaction balances; the final
 * state is the one the scenario leads to. The service's own ledger check must agree.
 *
 * The seed is printed; `E2E_SEED=<seed>` plays the same mix again (ids differ). `E2E_ORDERS` changes the count.
 */
import { randomUUID } from 'node:crypto';
import type { EscrowState, EventOf, EventType } from '@trustcircle/contracts';
import { type SpawnedService, waitFor } from '@trustcircle/testing';
import type { Producer } from 'kafkajs';
import type { Pool } from 'pg';
import {
  type CliPaymentPartner,
  SeededRandom,
  ServiceClocks,
  adminOperatorToken,
  mapLimit,
  onboardPaymentPartner,
  ownerEvent,
  postSignedWebhook,
  produceEvents,
} from './escrow-harness';
import { consoleTopics, notificationTopics, skipBacklog } from '../kafka-backlog';
import { kafka, onboardMarketplace, orderBody, postOrder, servicePool, spawnService } from './skeleton-harness';

jest.setTimeout(300_000);

const ORDERS = Number(process.env.E2E_ORDERS ?? 1000);
const IN_FLIGHT = 20;
const DAY = 86_400_000;
const CLOSED: readonly EscrowState[] = ['RELEASED', 'PARTIALLY_REFUNDED', 'PAID_OUT', 'REFUNDED', 'EXPIRED', 'CANCELLED'];
const COURIER_ID = randomUUID();

type PayKind = 'EXACT' | 'UNDER_TOPUP' | 'OVER' | 'DUP' | 'UNDER_ONLY' | 'NONE';
type FundedLife =
  | 'HAPPY'
  | 'HAPPY_REVERSED'
  | 'NO_SHIP'
  | 'NO_SHIP_LATE_SCAN'
  | 'SCANNED_ONLY'
  | 'LOST'
  | 'FAILED_RETURNED'
  | 'FAILED_RETURN_DELIVERED'
  | 'CANCEL'
  | 'CANCEL_AFTER_SCAN'
  | 'CANCEL_RACE'
  | 'HOLD_WITHDRAWN'
  | 'HOLD_FULL'
  | 'HOLD_PARTIAL'
  | 'HOLD_RELEASE'
  | 'HOLD_RETURN'
  | 'HOLD_EARLY'
  | 'HOLD_LATE'
  | 'HOLD_OPEN';
type UnfundedLife = 'EXPIRE' | 'CANCEL_UNFUNDED' | 'LATE_PAY';
type Life = FundedLife | UnfundedLife;
/** A: right after funding · B: once A is consumed · C: 4 days later · D: 10 days later. */
type Phase = 'A' | 'B' | 'C' | 'D';

const PAY_WEIGHTS: Record<PayKind, number> = { EXACT: 40, UNDER_TOPUP: 10, OVER: 10, DUP: 15, UNDER_ONLY: 7, NONE: 18 };
const FUNDED_WEIGHTS: Record<FundedLife, number> = {
  HAPPY: 18,
  HAPPY_REVERSED: 5,
  NO_SHIP: 5,
  NO_SHIP_LATE_SCAN: 3,
  SCANNED_ONLY: 3,
  LOST: 3,
  FAILED_RETURNED: 4,
  FAILED_RETURN_DELIVERED: 3,
  CANCEL: 6,
  CANCEL_AFTER_SCAN: 4,
  CANCEL_RACE: 4,
  HOLD_WITHDRAWN: 6,
  HOLD_FULL: 6,
  HOLD_PARTIAL: 6,
  HOLD_RELEASE: 5,
  HOLD_RETURN: 6,
  HOLD_EARLY: 4,
  HOLD_LATE: 4,
  HOLD_OPEN: 3,
};
const UNFUNDED_WEIGHTS: Record<UnfundedLife, number> = { EXPIRE: 50, CANCEL_UNFUNDED: 30, LATE_PAY: 20 };

/** One order's scenario, drawn from the seed before anything runs. */
interface Plan {
  index: number;
  externalId: string;
  sellerId: string;
  total: number;
  pay: PayKind;
  /** The payments, in order (each a new partner transaction). */
  amounts: number[];
  life: Life;
  /** Dispute refund (REFUND_PARTIAL, RETURN_AND_REFUND). */
  refund: number;
  lateAmount: number;
  shipmentId: string;
  returnShipmentId: string;
  disputeId: string;
  tracking: string;
  orderId: string;
  /** What was sent, for the report of a failure. */
  log: string[];
}

function drawPlan(rng: SeededRandom, index: number): Plan {
  const total = rng.int(1, 5000) * 1000 + 30_000;
  const pay = rng.weighted(PAY_WEIGHTS);
  const funded = pay !== 'UNDER_ONLY' && pay !== 'NONE';
  const life: Life = funded ? rng.weighted(FUNDED_WEIGHTS) : rng.weighted(UNFUNDED_WEIGHTS);
  const short = rng.int(1, total - 1);
  const amounts: Record<PayKind, number[]> = {
    EXACT: [total],
    UNDER_TOPUP: [short, rng.chance(0.3) ? total - short + rng.int(1, 100_000) : total - short],
    OVER: [total + rng.int(1, 500_000)],
    DUP: [total],
    UNDER_ONLY: [short],
    NONE: [],
  };
  const refund = life === 'HOLD_RETURN' && rng.chance(0.4) ? total : rng.int(1, total - 1);
  return {
    index,
    externalId: `E2E-1K-${randomUUID()}`,
    sellerId: `seller-${rng.int(1, 7)}`,
    total,
    pay,
    amounts: amounts[pay],
    life,
    refund,
    lateAmount: pay === 'UNDER_ONLY' ? total - short : total,
    shipmentId: randomUUID(),
    returnShipmentId: randomUUID(),
    disputeId: randomUUID(),
    tracking: `GHN${index}X${rng.int(1000, 9999)}`,
    orderId: '',
    log: [],
  };
}

/** The final states a scenario may end in (two where it races on purpose). */
function expectedStates(p: Plan): EscrowState[] {
  switch (p.life) {
    case 'HAPPY':
    case 'HAPPY_REVERSED':
    case 'CANCEL_AFTER_SCAN':
    case 'HOLD_WITHDRAWN':
    case 'HOLD_RELEASE':
    case 'HOLD_EARLY':
    case 'HOLD_LATE':
      return ['RELEASED'];
    case 'NO_SHIP':
    case 'NO_SHIP_LATE_SCAN':
    case 'FAILED_RETURNED':
    case 'FAILED_RETURN_DELIVERED':
    case 'HOLD_FULL':
      return ['REFUNDED'];
    case 'SCANNED_ONLY':
    case 'LOST':
      return ['FUNDED'];
    case 'CANCEL':
    case 'CANCEL_UNFUNDED':
      return ['CANCELLED'];
    case 'CANCEL_RACE':
      return ['CANCELLED', 'FUNDED'];
    case 'HOLD_PARTIAL':
      return ['PARTIALLY_REFUNDED'];
    case 'HOLD_RETURN':
      return [p.refund < p.total ? 'PARTIALLY_REFUNDED' : 'REFUNDED'];
    case 'HOLD_OPEN':
      return ['ON_HOLD'];
    case 'EXPIRE':
    case 'LATE_PAY':
      return ['EXPIRED'];
  }
}

/** Where the money of an escrow must be, given the state it ended in: released (seller + fee), refunded, held. */
function expectedMoney(p: Plan, state: EscrowState, paid: bigint): { released: bigint; refunded: bigint; held: bigint } {
  const total = BigInt(p.total);
  const excess = paid > total ? paid - total : 0n;
  switch (state) {
    case 'RELEASED':
      return { released: total, refunded: excess, held: 0n };
    case 'PARTIALLY_REFUNDED':
      return { released: total - BigInt(p.refund), refunded: excess + BigInt(p.refund), held: 0n };
    case 'REFUNDED':
    case 'CANCELLED':
    case 'EXPIRED':
      return { released: 0n, refunded: paid, held: 0n };
    case 'FUNDED':
    case 'ON_HOLD':
    case 'IN_INSPECTION':
      return { released: 0n, refunded: excess, held: total };
    default:
      return { released: -1n, refunded: -1n, held: -1n }; // not expected at all: the state check reports it
  }
}

const db = { orders: servicePool('orders'), escrow: servicePool('escrow') };
let orders: SpawnedService;
let escrow: SpawnedService;
let clocks: ServiceClocks;
let producer: Producer;
let marketplace: { id: string; apiKey: string };
let payer: CliPaymentPartner;

beforeAll(async () => {
  const env = { TEST_HOOKS_ENABLED: 'true', DEADLINE_SWEEP_MS: '600000' }; // deadlines fire when the test sweeps
  orders = spawnService('orders', env);
  escrow = spawnService('escrow', env);
  clocks = new ServiceClocks([orders, escrow]);
  producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  // The admin CLI needs no service: onboard while they boot.
  const onboarding = (async () => {
    marketplace = await onboardMarketplace(`Sàn 1K ${randomUUID().slice(0, 6)}`);
    payer = await onboardPaymentPartner([marketplace.id]);
  })();
  await Promise.all([orders.start(), escrow.start(), producer.connect(), onboarding]);
  // Both services learn partners from the partner topic.
  await waitFor(async () => (await postOrder(orders, marketplace.apiKey, {})).status !== 401, { what: 'orders to know the marketplace', timeoutMs: 60_000 });
  await waitFor(
    async () => (await db.escrow.query('SELECT 1 FROM partner_directory WHERE partner_id = ANY($1::uuid[])', [[marketplace.id, payer.id]])).rowCount === 2,
    { what: 'escrow to know the marketplace and the payment partner', timeoutMs: 60_000 },
  );
}, 180_000);

afterAll(async () => {
  await producer?.disconnect();
  await Promise.all([orders?.stop(), escrow?.stop()]);
  await Promise.all(Object.values(db).map((p: Pool) => p.end()));
  // This run leaves some 8,000 order and escrow events that notifications and the console (not running here) would
  // otherwise work through inside their next suites (notifications at about 100 a second, sending SMS through its
  // fake gateways while that suite scripts their failures). They are this run's: both groups start after them.
  await Promise.all([skipBacklog('notifications', notificationTopics()), skipBacklog('console', consoleTopics())]);
});

describe('escrow: 1,000 randomised orders through the real stack', () => {
  it('conserves every escrow’s money and ends each in the state its story leads to', async () => {
    const rng = SeededRandom.fromEnv();
    console.log(`escrow 1K run: seed ${rng.seed} (replay with E2E_SEED=${rng.seed}), ${ORDERS} orders`);
    const plans = Array.from({ length: ORDERS }, (_, i) => drawPlan(rng, i));
    const figures: Record<string, string | number> = { seed: rng.seed };
    const sentEventIds = new Set<string>();
    let eventsProduced = 0;

    // ── Place the orders (HTTP), wait for their escrows (orders.order-placed over Kafka), pay them (signed
    // webhooks: exact, short + top-up, over, duplicated partnerTxnId, short for good, never). Pipelined by chunks
    // of 100: the next chunk is placed while this one is paid. ──
    let webhooks = 0;
    const serverErrors: string[] = [];
    const busy = { placing: 0, opening: 0, paying: 0 };
    const paid = new Map<string, bigint>();
    const place = async (chunk: Plan[]): Promise<void> => {
      const started = Date.now();
      await mapLimit(chunk, IN_FLIGHT, async (p) => {
        const unitPrice = p.total - 30_000;
        const body = orderBody({
          externalId: p.externalId,
          seller: { id: p.sellerId, name: `Cửa hàng ${p.sellerId}` },
          items: [{ sku: `SKU-${p.index}`, name: 'Áo dài lụa', quantity: 1, unitPrice }],
          shippingFee: 30_000,
          totalAmount: p.total,
        });
        const res = await postOrder(orders, marketplace.apiKey, body);
        if (res.status !== 201) throw new Error(`order ${p.index} answered ${res.status}: ${await res.text()}`);
        p.orderId = ((await res.json()) as { id: string }).id;
      });
      busy.placing += Date.now() - started;
    };
    const pay = async (chunk: Plan[]): Promise<void> => {
      let started = Date.now();
      const ids = chunk.map((p) => p.orderId);
      await waitFor(async () => (await countRows('SELECT 1 FROM escrows WHERE order_id = ANY($1::uuid[])', [ids])) === ids.length, {
        what: 'the escrows to open',
        timeoutMs: 60_000,
        intervalMs: 100,
      });
      busy.opening += Date.now() - started;
      started = Date.now();
      await mapLimit(chunk, IN_FLIGHT, async (p) => {
        for (const amount of p.amounts) {
          const body = { orderId: p.orderId, partnerTxnId: `TXN-${randomUUID()}`, amount, currency: 'VND', paidAt: clocks.now().toISOString() };
          const path = `/v1/partners/${payer.id}/payments`;
          const messageId = `msg_${randomUUID()}`;
          let first = await postSignedWebhook(escrow, path, payer.webhookSecret, body, { at: clocks.now(), webhookId: messageId });
          webhooks++;
          // Overloaded (5xx): the partner sends the payment again as a new message, as partners do.
          for (let attempt = 1; first.status >= 500 && attempt <= 5; attempt++) {
            serverErrors.push(`${p.orderId}: ${first.status} ${String(first.body.detail ?? first.body.title)}`);
            await new Promise((r) => setTimeout(r, 300 * attempt));
            first = await postSignedWebhook(escrow, path, payer.webhookSecret, body, { at: clocks.now() });
            webhooks++;
          }
          expect({ order: p.orderId, status: first.status }).toEqual({ order: p.orderId, status: 201 });
          p.log.push(`pay ${amount} → ${String(first.body.match)} ${String(first.body.escrowState)}`);
          if (p.pay === 'DUP') {
            // The same partner transaction again, both at once: as a new message, and as a retry of one message.
            // An overloaded answer (5xx: nothing was recorded) is sent again, as above; the answer that counts must be the first's.
            const untilRecorded = async (send: () => ReturnType<typeof postSignedWebhook>) => {
              let answer = await send();
              webhooks++;
              for (let attempt = 1; answer.status >= 500 && attempt <= 5; attempt++) {
                serverErrors.push(`${p.orderId} (repeat): ${answer.status} ${String(answer.body.detail ?? answer.body.title)}`);
                await new Promise((r) => setTimeout(r, 300 * attempt));
                answer = await send();
                webhooks++;
              }
              return answer;
            };
            const again = await Promise.all([
              untilRecorded(() => postSignedWebhook(escrow, path, payer.webhookSecret, body, { at: clocks.now() })),
              untilRecorded(() => postSignedWebhook(escrow, path, payer.webhookSecret, body, { at: clocks.now(), webhookId: messageId })),
            ]);
            for (const a of again) expect({ order: p.orderId, status: a.status, paymentId: a.body.paymentId }).toEqual({ order: p.orderId, status: 201, paymentId: first.body.paymentId });
            p.log.push('pay: same partnerTxnId ×2 more');
          }
          paid.set(p.orderId, (paid.get(p.orderId) ?? 0n) + BigInt(amount));
        }
      });
      busy.paying += Date.now() - started;
    };
    let t = Date.now();
    const chunks = Array.from({ length: Math.ceil(ORDERS / 100) }, (_, i) => plans.slice(i * 100, (i + 1) * 100));
    let placing = place(chunks[0]);
    for (let i = 0; i < chunks.length; i++) {
      await placing;
      placing = i + 1 < chunks.length ? place(chunks[i + 1]) : Promise.resolve();
      await pay(chunks[i]);
    }
    await placing;
    figures['placed, opened and paid (s)'] = secs(t);
    figures['orders placed /s (while placing)'] = (ORDERS / (busy.placing / 1000)).toFixed(1);
    figures['payment webhooks /s (while paying)'] = (webhooks / (busy.paying / 1000)).toFixed(1);
    figures['payment webhooks'] = webhooks;
    figures['payment webhooks answered 5xx (sent again)'] = serverErrors.length;
    if (serverErrors.length > 0) console.log(`escrow 1K run: payment webhooks answered 5xx:\n  ${serverErrors.slice(0, 10).join('\n  ')}`);
    figures['waiting for escrows to open (s)'] = (busy.opening / 1000).toFixed(1);
    const orderIds = plans.map((p) => p.orderId);
    const byOrder = new Map(plans.map((p) => [p.orderId, p]));

    // Right after funding: FUNDED, UNDERPAID or still AWAITING_FUNDING.
    const afterFunding = await states(orderIds);
    const fundingMismatch = plans.filter((p) => afterFunding.get(p.orderId) !== (p.pay === 'NONE' ? 'AWAITING_FUNDING' : p.pay === 'UNDER_ONLY' ? 'UNDERPAID' : 'FUNDED'));
    expect(fundingMismatch.map((p) => `${p.orderId} ${p.pay} ${afterFunding.get(p.orderId)}`)).toEqual([]);

    // ── The lifecycle, phase by phase. ──
    const phaseTimes: Record<string, number> = {};
    const replayable: Array<EventOf<EventType>> = [];
    const runPhase = async (phase: Phase): Promise<void> => {
      const started = Date.now();
      const at = clocks.now();
      const events: Array<EventOf<EventType>> = [];
      const cancels: Plan[] = [];
      const latePays: Plan[] = [];
      for (const p of plans) {
        const steps = stepsOf(p, phase, at);
        for (const s of steps) {
          if (s === 'cancel') cancels.push(p);
          else if (s === 'late-pay') latePays.push(p);
          else {
            events.push(s);
            p.log.push(`${phase}: ${describeEvent(s)}`);
            if (rng.chance(0.08)) {
              events.push(s); // the same envelope twice
              p.log.push(`${phase}: (same envelope again)`);
            }
          }
        }
      }
      if (phase === 'C') {
        // Late copies of earlier envelopes (already applied): escrow must skip them.
        for (const e of rng.shuffle(replayable).slice(0, Math.floor(replayable.length * 0.05))) {
          events.push(e);
          byOrder.get(e.key)?.log.push(`C: (late copy of ${describeEvent(e)})`);
        }
      }
      for (const e of events) sentEventIds.add(e.id);
      eventsProduced += events.length;
      replayable.push(...events);
      // Cancellations (orders API) race the events on the other topics.
      await Promise.all([
        produceEvents(producer, events),
        mapLimit(cancels, IN_FLIGHT, async (p) => {
          const res = await fetch(orders.url(`/v1/orders/${p.orderId}/cancel`), {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${marketplace.apiKey}` },
            body: JSON.stringify({ reason: 'Người mua đổi ý' }),
          });
          p.log.push(`${phase}: POST cancel → ${res.status}`);
          expect({ order: p.orderId, status: res.status }).toEqual({ order: p.orderId, status: 202 });
        }),
        mapLimit(latePays, IN_FLIGHT, async (p) => {
          const body = { orderId: p.orderId, partnerTxnId: `TXN-LATE-${randomUUID()}`, amount: p.lateAmount, currency: 'VND', paidAt: clocks.now().toISOString() };
          const res = await postSignedWebhook(escrow, `/v1/partners/${payer.id}/payments`, payer.webhookSecret, body, { at: clocks.now() });
          p.log.push(`${phase}: late pay ${p.lateAmount} → ${res.status} ${String(res.body.match)} ${String(res.body.escrowState)}`);
          expect({ order: p.orderId, status: res.status }).toEqual({ order: p.orderId, status: 201 });
          paid.set(p.orderId, (paid.get(p.orderId) ?? 0n) + BigInt(p.lateAmount));
        }),
      ]);
      await waitConsumed([...sentEventIds], cancels.map((p) => p.orderId), `phase ${phase}`);
      phaseTimes[phase] = Date.now() - started;
    };

    t = Date.now();
    await runPhase('A');
    await runPhase('B');
    let sweepStart = Date.now();
    const firstSweep = await clocks.advanceAndSweep(4 * DAY); // funding expiry (24 h) and inspection windows (3 days) end
    const firstSweepMs = Date.now() - sweepStart;
    await runPhase('C');
    sweepStart = Date.now();
    const secondSweep = await clocks.advanceAndSweep(6 * DAY); // ship-by (5 days after funding) passes
    const secondSweepMs = Date.now() - sweepStart;
    await runPhase('D');
    const drainStart = Date.now();
    await waitFor(async () => (await countRows('SELECT 1 FROM outbox WHERE key = ANY($1::text[]) AND published_at IS NULL', [orderIds])) === 0, {
      what: 'the escrow outbox to drain',
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    // The ledger check at the end needs an operator token, which lives on the wall clock (at most a day) while
    // escrow's clock is now 10 days ahead: restart escrow on the real clock (its state is all in PostgreSQL) and
    // get a fresh admin token, while the SQL checks run.
    const checkStart = Date.now();
    const checkReady = Promise.all([
      adminOperatorToken(),
      (async () => {
        await escrow.stop();
        escrow = spawnService('escrow');
        await escrow.start();
      })(),
    ]);
    checkReady.catch(() => undefined); // awaited below; a failure there fails the test
    figures['lifecycle phases A/B/C/D (ms, produce → consumed)'] = `${phaseTimes.A}/${phaseTimes.B}/${phaseTimes.C}/${phaseTimes.D}`;
    figures['deadlines fired (4 d / +6 d)'] = `${firstSweep.fired}/${secondSweep.fired} in ${firstSweepMs}/${secondSweepMs} ms (failed ${firstSweep.failed + secondSweep.failed})`;
    figures['events produced (with duplicates)'] = eventsProduced;
    figures['distinct events consumed by escrow'] = await countRows('SELECT DISTINCT event_id FROM inbox WHERE event_id = ANY($1::uuid[])', [[...sentEventIds]]);
    figures['lifecycle events consumed /s (phases only)'] = (eventsProduced / ((phaseTimes.A + phaseTimes.B + phaseTimes.C + phaseTimes.D) / 1000)).toFixed(1);
    figures['lifecycle total (s, with sweeps)'] = secs(t);
    figures['outbox drained (ms after last phase)'] = Date.now() - drainStart;
    figures['escrow events recorded'] = await countRows('SELECT 1 FROM outbox WHERE key = ANY($1::text[])', [orderIds]);

    // ── Nothing dead-lettered. ──
    const dead = (await db.escrow.query<{ event_type: string; key: string; reason: string; detail: string }>(
      'SELECT event_type, key, reason, detail FROM dead_letters WHERE key = ANY($1::text[]) OR event_id = ANY($2::text[])',
      [orderIds, [...sentEventIds]],
    )).rows;
    expect(dead).toEqual([]);

    // ── Per escrow: conservation, held money, events, final state. ──
    const money = await moneyOf(orderIds);
    const final = new Map([...money.values()].map((m) => [m.orderId, m.state]));
    const stateCount: Record<string, number> = {};
    for (const s of final.values()) stateCount[s] = (stateCount[s] ?? 0) + 1;
    figures['final states'] = JSON.stringify(stateCount);
    console.log(`escrow 1K run figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);

    const problems: string[] = [];
    const report = (p: Plan, what: string): void => {
      problems.push(`order ${p.orderId} [${p.pay}/${p.life}, total ${p.total}${['HOLD_PARTIAL', 'HOLD_RETURN'].includes(p.life) ? `, refund ${p.refund}` : ''}]: ${what}\n      sent: ${p.log.join(' | ')}`);
    };
    const events = await moneyEvents(orderIds);
    for (const p of plans) {
      const m = money.get(p.orderId);
      if (!m) {
        report(p, 'no escrow');
        continue;
      }
      const paidHere = paid.get(p.orderId) ?? 0n;
      const held = m.heldIn - m.heldOut;
      if (m.payments !== paidHere) report(p, `payments recorded ${m.payments} ≠ paid ${paidHere}`);
      if (m.heldIn !== m.payments) report(p, `held funds credited ${m.heldIn} ≠ payments ${m.payments}`);
      if (m.payments !== m.seller + m.fee + m.refunded + held) {
        report(p, `not conserved: paid ${m.payments} ≠ seller ${m.seller} + fee ${m.fee} + refunds ${m.refunded} + held ${held}`);
      }
      if (CLOSED.includes(m.state) && held !== 0n) report(p, `${m.state} still holds ${held}`);
      if (held < 0n) report(p, `held is negative (${held})`);
      if (m.heldStored !== held) report(p, `held-funds account stores ${m.heldStored}, its entries say ${held}`);
      const ev = events.get(p.orderId) ?? { released: [], fullRefunds: 0 };
      if (ev.released.length > 1) report(p, `${ev.released.length} escrow-released events`);
      if (ev.released.length > 0 && ev.fullRefunds > 0) report(p, 'both escrow-released and a FULL escrow-refunded');
      if (ev.fullRefunds > 1) report(p, `${ev.fullRefunds} FULL escrow-refunded events`);
      for (const r of ev.released) {
        const fee = (BigInt(r.amount) * BigInt(m.feeBps)) / 10_000n;
        if (BigInt(r.feeAmount) !== fee || r.feeAmount + r.sellerAmount !== r.amount) report(p, `release split ${JSON.stringify(r)} (fee should be ${fee})`);
      }
      const allowed = expectedStates(p);
      if (!allowed.includes(m.state)) {
        report(p, `ended ${m.state}, expected ${allowed.join(' or ')}; escrow events: ${(m.eventTypes ?? []).join(', ')}`);
        continue;
      }
      const want = expectedMoney(p, m.state, paidHere);
      const got = { released: m.seller + m.fee, refunded: m.refunded, held };
      if (got.released !== want.released || got.refunded !== want.refunded || got.held !== want.held) {
        report(p, `${m.state} with released ${got.released} / refunded ${got.refunded} / held ${got.held}, expected ${want.released} / ${want.refunded} / ${want.held}`);
      }
      const expectedFee = (want.released * BigInt(m.feeBps)) / 10_000n;
      if (m.fee !== expectedFee) report(p, `fee ${m.fee}, expected ${expectedFee} (${m.feeBps} bps of ${want.released}, rounded down)`);
    }
    if (problems.length > 0) console.log(`escrow 1K run (seed ${rng.seed}): ${problems.length} problems\n  ${problems.slice(0, 40).join('\n  ')}`);
    expect(problems.slice(0, 40)).toEqual([]);

    // ── Every ledger transaction of these escrows balances (two entries or more). ──
    const unbalanced = await db.escrow.query(
      `SELECT t.id, t.purpose, t.order_id, count(e.id)::int AS entries,
              coalesce(sum(CASE e.side WHEN 'DEBIT' THEN e.amount ELSE -e.amount END), 0)::text AS net
         FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.transaction_id = t.id
        WHERE t.order_id = ANY($1::uuid[])
        GROUP BY t.id HAVING count(e.id) < 2 OR coalesce(sum(CASE e.side WHEN 'DEBIT' THEN e.amount ELSE -e.amount END), 0) <> 0`,
      [orderIds],
    );
    expect(unbalanced.rows).toEqual([]);
    figures['ledger transactions'] = await countRows('SELECT 1 FROM ledger_transactions WHERE order_id = ANY($1::uuid[])', [orderIds]);

    // ── The service's own ledger check agrees (it covers the whole ledger, other tests' escrows included). ──
    const [operatorToken] = await checkReady;
    const check = await waitFor(
      async () => {
        const res = await fetch(escrow.url('/v1/ledger/checks'), { method: 'POST', headers: { authorization: `Bearer ${operatorToken}` } });
        return res.status === 401 ? undefined : { status: res.status, body: (await res.json()) as { ok: boolean; transactions: number; failureCount: number; failures: Array<{ rule: string; orderId: string | null; detail: string }> } };
      },
      { what: 'escrow to accept the operator token', timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(check.status).toBe(200);
    const ours = check.body.failures.filter((f) => f.orderId !== null && byOrder.has(f.orderId));
    expect(ours).toEqual([]);
    console.log(
      `escrow 1K run: ledger check ok=${check.body.ok} over ${check.body.transactions} transactions (${check.body.failureCount} failures), ${secs(checkStart)} s with the restart`,
    );
    expect({ ok: check.body.ok, failures: check.body.failures.slice(0, 5) }).toEqual({ ok: true, failures: [] });
  });
});

/** What one order does in one phase: events to produce, a cancellation through orders, or a late payment. */
function stepsOf(p: Plan, phase: Phase, at: Date): Array<EventOf<EventType> | 'cancel' | 'late-pay'> {
  const iso = at.toISOString();
  const leg = (direction: 'OUTBOUND' | 'RETURN') => ({
    orderId: p.orderId,
    shipmentId: direction === 'OUTBOUND' ? p.shipmentId : p.returnShipmentId,
    courierId: COURIER_ID,
    trackingNumber: direction === 'OUTBOUND' ? p.tracking : `${p.tracking}R`,
    direction,
  });
  const scan = (d: 'OUTBOUND' | 'RETURN' = 'OUTBOUND') => ownerEvent('delivery.shipment-first-scanned', { ...leg(d), status: 'PICKED_UP', scannedAt: iso }, at);
  const delivered = (d: 'OUTBOUND' | 'RETURN' = 'OUTBOUND') => ownerEvent('delivery.shipment-delivered', { ...leg(d), deliveredAt: iso, codAmount: null, location: 'Cầu Giấy, Hà Nội' }, at);
  const failed = () => ownerEvent('delivery.shipment-delivery-failed-finally', { ...leg('OUTBOUND'), attempts: 3, lastAttemptAt: iso, lastReason: 'Khách hàng không nghe máy' }, at);
  const returned = () => ownerEvent('delivery.shipment-returned', { ...leg('OUTBOUND'), returnedAt: iso }, at);
  const lost = () => ownerEvent('delivery.shipment-lost', { ...leg('OUTBOUND'), lostAt: iso }, at);
  const dispute = { orderId: p.orderId, disputeId: p.disputeId };
  const hold = () => ownerEvent('disputes.hold-requested', { ...dispute, requestedAt: iso }, at);
  const withdrawn = () => ownerEvent('disputes.dispute-withdrawn', { ...dispute, withdrawnAt: iso }, at);
  const resolved = (outcome: 'REFUND_FULL' | 'REFUND_PARTIAL' | 'RELEASE_TO_SELLER' | 'RETURN_AND_REFUND', refundAmount: number) =>
    ownerEvent('disputes.dispute-resolved', { ...dispute, outcome, refundAmount, resolvedBy: 'MEDIATOR_DECISION', moneyHeld: true, resolvedAt: iso }, at);

  const plan: Partial<Record<Life, Partial<Record<Phase, () => Array<EventOf<EventType> | 'cancel' | 'late-pay'>>>>> = {
    HAPPY: { A: () => [scan(), delivered()] },
    HAPPY_REVERSED: { A: () => [delivered(), scan()] },
    NO_SHIP_LATE_SCAN: { D: () => [scan()] },
    SCANNED_ONLY: { A: () => [scan()] },
    LOST: { A: () => [scan(), lost()] },
    FAILED_RETURNED: { A: () => [scan(), failed()], B: () => [returned()] },
    FAILED_RETURN_DELIVERED: { A: () => [scan(), failed()], B: () => [scan('RETURN'), delivered('RETURN')] },
    CANCEL: { A: () => ['cancel'] },
    CANCEL_AFTER_SCAN: { A: () => [scan()], B: () => ['cancel', delivered()] },
    CANCEL_RACE: { A: () => [scan(), 'cancel'] },
    HOLD_WITHDRAWN: { A: () => [scan(), delivered(), hold()], B: () => [withdrawn()] },
    HOLD_FULL: { A: () => [scan(), delivered(), hold()], B: () => [resolved('REFUND_FULL', p.total)] },
    HOLD_PARTIAL: { A: () => [scan(), delivered(), hold()], B: () => [resolved('REFUND_PARTIAL', p.refund)] },
    HOLD_RELEASE: { A: () => [scan(), delivered(), hold()], B: () => [resolved('RELEASE_TO_SELLER', 0)] },
    HOLD_RETURN: { A: () => [scan(), delivered(), hold()], B: () => [resolved('RETURN_AND_REFUND', p.refund)], C: () => [scan('RETURN'), delivered('RETURN')] },
    HOLD_EARLY: { A: () => [hold()], B: () => [scan(), delivered(), withdrawn()] },
    HOLD_LATE: { A: () => [scan(), delivered()], C: () => [hold()] },
    HOLD_OPEN: { A: () => [scan(), delivered(), hold()] },
    CANCEL_UNFUNDED: { A: () => ['cancel'] },
    LATE_PAY: { C: () => ['late-pay'] },
  };
  return plan[p.life]?.[phase]?.() ?? [];
}

/** One line about an event, for the report of a failure. */
function describeEvent(e: EventOf<EventType>): string {
  const d = e.data as { direction?: string; outcome?: string; refundAmount?: number };
  return [e.type.replace(/^[a-z]+\./, ''), d.direction, d.outcome, d.refundAmount, e.id.slice(0, 8)].filter((x) => x !== undefined).join(' ');
}

async function countRows(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await db.escrow.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params);
  return rows[0].n;
}

async function states(orderIds: string[]): Promise<Map<string, EscrowState>> {
  const { rows } = await db.escrow.query<{ order_id: string; state: EscrowState }>('SELECT order_id, state FROM escrows WHERE order_id = ANY($1::uuid[])', [orderIds]);
  return new Map(rows.map((r) => [r.order_id, r.state]));
}

/**
 * Waits until escrow has applied (inbox) or dead-lettered every event sent so far, and answered every
 * cancellation requested through orders (`escrow.cancellation-accepted` / `-refused` in its outbox).
 */
async function waitConsumed(eventIds: string[], cancelled: string[], what: string): Promise<void> {
  await waitFor(
    async () => {
      const applied = await countRows('SELECT DISTINCT event_id FROM inbox WHERE event_id = ANY($1::uuid[])', [eventIds]);
      const dead = await countRows('SELECT DISTINCT event_id FROM dead_letters WHERE event_id = ANY($1::text[])', [eventIds]);
      if (applied + dead < eventIds.length) return false;
      const answered = await countRows(
        "SELECT DISTINCT key FROM outbox WHERE key = ANY($1::text[]) AND type IN ('escrow.cancellation-accepted', 'escrow.cancellation-refused')",
        [cancelled],
      );
      return answered === new Set(cancelled).size;
    },
    { what: `escrow to consume ${what}`, timeoutMs: 90_000, intervalMs: 200 },
  );
}

interface EscrowMoneyRow {
  orderId: string;
  state: EscrowState;
  feeBps: number;
  payments: bigint;
  heldIn: bigint;
  heldOut: bigint;
  heldStored: bigint;
  seller: bigint;
  fee: bigint;
  refunded: bigint;
  eventTypes?: string[];
}

/**
 * Per escrow, from the escrow schema: payments recorded, and the credits of its ledger entries by account type
 * (fee revenue has no escrow of its own: attributed by the transaction's escrow).
 */
async function moneyOf(orderIds: string[]): Promise<Map<string, EscrowMoneyRow>> {
  const { rows } = await db.escrow.query<Record<string, string>>(
    `WITH ours AS (SELECT id, order_id, state, fee_bps FROM escrows WHERE order_id = ANY($1::uuid[])),
          pay AS (SELECT escrow_id, sum(amount) AS paid FROM payments WHERE escrow_id IN (SELECT id FROM ours) GROUP BY escrow_id),
          ent AS (
            SELECT coalesce(a.escrow_id, t.escrow_id) AS escrow_id, a.type, e.side, e.amount
              FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN ledger_transactions t ON t.id = e.transaction_id
             WHERE t.escrow_id IN (SELECT id FROM ours) OR a.escrow_id IN (SELECT id FROM ours)),
          flows AS (
            SELECT escrow_id,
                   sum(amount) FILTER (WHERE type = 'HELD_FUNDS' AND side = 'CREDIT') AS held_in,
                   sum(amount) FILTER (WHERE type = 'HELD_FUNDS' AND side = 'DEBIT') AS held_out,
                   sum(amount) FILTER (WHERE type = 'SELLER_PAYABLE' AND side = 'CREDIT') AS seller,
                   sum(amount) FILTER (WHERE type = 'PLATFORM_FEE_REVENUE' AND side = 'CREDIT') AS fee,
                   sum(amount) FILTER (WHERE type = 'BUYER_REFUND_PAYABLE' AND side = 'CREDIT') AS refunded
              FROM ent GROUP BY escrow_id),
          stored AS (SELECT escrow_id, posted_credits - posted_debits AS held FROM ledger_accounts WHERE type = 'HELD_FUNDS' AND escrow_id IN (SELECT id FROM ours)),
          evs AS (SELECT key, array_agg(type ORDER BY seq) AS types FROM outbox WHERE key = ANY($1::text[]) GROUP BY key)
     SELECT o.order_id, o.state, o.fee_bps::text, coalesce(p.paid, 0)::text AS payments, coalesce(f.held_in, 0)::text AS held_in,
            coalesce(f.held_out, 0)::text AS held_out, coalesce(s.held, 0)::text AS held_stored, coalesce(f.seller, 0)::text AS seller,
            coalesce(f.fee, 0)::text AS fee, coalesce(f.refunded, 0)::text AS refunded, array_to_string(v.types, ',') AS types
       FROM ours o LEFT JOIN pay p ON p.escrow_id = o.id LEFT JOIN flows f ON f.escrow_id = o.id
       LEFT JOIN stored s ON s.escrow_id = o.id LEFT JOIN evs v ON v.key = o.order_id::text`,
    [orderIds],
  );
  return new Map(
    rows.map((r) => [
      r.order_id,
      {
        orderId: r.order_id,
        state: r.state as EscrowState,
        feeBps: Number(r.fee_bps),
        payments: BigInt(r.payments),
        heldIn: BigInt(r.held_in),
        heldOut: BigInt(r.held_out),
        heldStored: BigInt(r.held_stored),
        seller: BigInt(r.seller),
        fee: BigInt(r.fee),
        refunded: BigInt(r.refunded),
        eventTypes: (r.types ?? '').split(',').filter(Boolean),
      },
    ]),
  );
}

/** Per order: the escrow-released payloads and the number of FULL escrow-refunded events. */
async function moneyEvents(orderIds: string[]): Promise<Map<string, { released: Array<{ amount: number; feeAmount: number; sellerAmount: number }>; fullRefunds: number }>> {
  const { rows } = await db.escrow.query<{ key: string; type: string; data: { amount: number; feeAmount: number; sellerAmount: number; refundType?: string } }>(
    "SELECT key, type, envelope->'data' AS data FROM outbox WHERE key = ANY($1::text[]) AND type IN ('escrow.escrow-released', 'escrow.escrow-refunded')",
    [orderIds],
  );
  const out = new Map<string, { released: Array<{ amount: number; feeAmount: number; sellerAmount: number }>; fullRefunds: number }>();
  for (const r of rows) {
    const e = out.get(r.key) ?? { released: [], fullRefunds: 0 };
    if (r.type === 'escrow.escrow-released') e.released.push({ amount: r.data.amount, feeAmount: r.data.feeAmount, sellerAmount: r.data.sellerAmount });
    else if (r.data.refundType === 'FULL') e.fullRefunds++;
    out.set(r.key, e);
  }
  return out;
}

function secs(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
