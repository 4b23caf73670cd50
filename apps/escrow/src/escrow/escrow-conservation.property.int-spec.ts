/**
 * Conservation at the use-case level, on the real PostgreSQL (an in-process escrow app): fast-check generates
 * random sequences of what can happen to one order — payments (exact, short, over, duplicate partner
 * transaction ids), courier milestones (also a RETURN's, and in any order, late or twice), holds, withdrawals
 * and dispute outcomes (also for a dispute that holds nothing), cancellations, confirmations of receipt and
 * time passing (deadlines firing) — and applies them through the real use cases, each in its own transaction
 * as the consumers would. After every sequence, for that escrow:
 *   funded = released to the seller + fee + refunded + still held (the ledger, per escrow);
 *   held is 0 in every final state; never released in full and refunded in full; at most one release and
 *   one full refund event; refund instructions issued = refund payable credited.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';
import { type LifecycleOrder, type LifecycleStep, lifecycleStepArbitraries, playLifecycleStep } from '../testing/lifecycle-steps';
import { RecordShipmentFactUseCase, type ShipmentFact } from './application/record-shipment-fact/record-shipment-fact.use-case';
import { CLOSED_STATES } from './domain/escrow-state-machine';

jest.setTimeout(180_000);

const TOTAL = 1_000_000;
const RUNS = Number(process.env.ESCROW_PROPERTY_RUNS ?? 40);

type Step =
  | { kind: 'pay'; amount: number; reuseTxn: boolean }
  | { kind: 'ship'; fact: 'first-scanned' | 'delivered' | 'failed-finally' | 'returned' | 'lost' | 'return-delivered' }
  | LifecycleStep;

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), amount: fc.constantFrom(TOTAL, TOTAL, 400_000, 600_000, 1_250_000, 1), reuseTxn: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('ship' as const), fact: fc.constantFrom('first-scanned', 'delivered', 'delivered', 'failed-finally', 'returned', 'lost', 'return-delivered') }) },
  ...lifecycleStepArbitraries({ total: TOTAL, days: [1, 2, 4, 6] }),
);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let partner: TestPartner;

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
});

afterAll(async () => {
  await kit?.close();
});

/** Plays one step against the order's escrow, as the consumer, the webhook or the deadline sweep would. */
async function play(step: Step, o: LifecycleOrder & { txns: string[] }): Promise<void> {
  const tx = <T>(fn: (m: import('typeorm').EntityManager) => Promise<T>): Promise<T> => kit.db.transaction(fn);
  const at = kit.now().toISOString();
  switch (step.kind) {
    case 'pay': {
      const partnerTxnId = step.reuseTxn && o.txns.length > 0 ? o.txns[0] : `TXN-${randomUUID()}`;
      o.txns.push(partnerTxnId);
      const res = await kit.pay(partner, { orderId: o.orderId, amount: step.amount, partnerTxnId });
      expect(res.status).toBe(201);
      return;
    }
    case 'ship': {
      const record = kit.app.get(RecordShipmentFactUseCase);
      const facts: Record<typeof step.fact, ShipmentFact> = {
        'first-scanned': kit.event('delivery.shipment-first-scanned', { orderId: o.orderId, direction: 'OUTBOUND', scannedAt: at }),
        delivered: kit.event('delivery.shipment-delivered', { orderId: o.orderId, direction: 'OUTBOUND', deliveredAt: at }),
        'failed-finally': kit.event('delivery.shipment-delivery-failed-finally', { orderId: o.orderId, direction: 'OUTBOUND', lastAttemptAt: at }),
        returned: kit.event('delivery.shipment-returned', { orderId: o.orderId, direction: 'OUTBOUND', returnedAt: at }),
        lost: kit.event('delivery.shipment-lost', { orderId: o.orderId, direction: 'OUTBOUND', lostAt: at }),
        'return-delivered': kit.event('delivery.shipment-delivered', { orderId: o.orderId, direction: 'RETURN', deliveredAt: at }),
      };
      return tx((m) => record.execute(m, facts[step.fact]));
    }
    default:
      return playLifecycleStep(kit, step, o);
  }
}

interface Totals {
  paid: bigint;
  held: bigint;
  sellerPayable: bigint;
  fee: bigint;
  refundPayable: bigint;
  refundInstructed: bigint;
}

async function totalsOf(orderId: string, escrowId: string): Promise<Totals> {
  const one = async (sql: string, params: unknown[]): Promise<bigint> => BigInt(((await kit.db.query(sql, params)) as Array<{ v: string | null }>)[0]?.v ?? '0');
  const credit = (type: string): Promise<bigint> =>
    one(`SELECT coalesce(sum("posted_credits" - "posted_debits"), 0)::text AS "v" FROM "escrow"."ledger_accounts" WHERE "escrow_id" = $1 AND "type" = $2`, [escrowId, type]);
  return {
    paid: await one(`SELECT coalesce(sum("amount"), 0)::text AS "v" FROM "escrow"."payments" WHERE "order_id" = $1`, [orderId]),
    held: await credit('HELD_FUNDS'),
    sellerPayable: await credit('SELLER_PAYABLE'),
    refundPayable: await credit('BUYER_REFUND_PAYABLE'),
    fee: await one(
      `SELECT coalesce(sum(e."amount"), 0)::text AS "v" FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
        JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" WHERE t."escrow_id" = $1 AND a."type" = 'PLATFORM_FEE_REVENUE' AND e."side" = 'CREDIT'`,
      [escrowId],
    ),
    refundInstructed: await one(`SELECT coalesce(sum("amount"), 0)::text AS "v" FROM "escrow"."instructions" WHERE "escrow_id" = $1 AND "kind" = 'REFUND'`, [escrowId]),
  };
}

describe('escrow conservation over random lifecycles (property, use-case level)', () => {
  it(`holds for ${RUNS} random sequences of payments, milestones, holds, outcomes, cancellations and time`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 14 }), async (steps) => {
        const opened = await kit.openEscrow(marketplace.id);
        const o = { ...opened, disputes: [randomUUID(), randomUUID()] as [string, string], txns: [] as string[] };
        for (const step of steps) await play(step, o);

        const escrow = await kit.escrow(o.orderId);
        const t = await totalsOf(o.orderId, escrow.id);
        // funded = released (seller + fee) + refunded + still held
        expect(t.paid).toBe(t.sellerPayable + t.fee + t.refundPayable + t.held);
        expect(t.held >= 0n).toBe(true);
        if (CLOSED_STATES.includes(escrow.state)) expect(t.held).toBe(0n);
        expect(t.refundInstructed).toBe(t.refundPayable);
        // never both released in full and refunded in full
        const released = t.sellerPayable + t.fee;
        expect(released + t.refundPayable).toBeLessThanOrEqual(t.paid);
        const types = await kit.eventTypes(o.orderId);
        expect(types.filter((x) => x === 'escrow.escrow-released').length).toBeLessThanOrEqual(1);
        const fullRefunds = (await kit.events(o.orderId)).filter((e) => e.type === 'escrow.escrow-refunded' && e.data.refundType === 'FULL');
        expect(fullRefunds.length).toBeLessThanOrEqual(1);
        if (fullRefunds.length === 1) expect(types.includes('escrow.escrow-released')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
