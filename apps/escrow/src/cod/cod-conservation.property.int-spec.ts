/**
 * Conservation for COD escrows at the use-case level, on the real PostgreSQL (an in-process escrow app): fast-check
 * generates random sequences of what can happen to one COD order — the outbound parcel's events (collected amount
 * right, wrong or missing; refused at the door; a return delivered), remittance lines (whole, in parts, too much,
 * a repeated batch), holds, withdrawals and dispute outcomes (also before any cash), cancellations, confirmations
 * of receipt and time passing — each in its own transaction as the consumers, the webhook or the deadline sweep
 * would. After every sequence, for that escrow:
 *   remitted = funded = released to the seller + fee + refunded + still held (the ledger);
 *   held is 0 in every closed state; refund and payout instructions carry exactly what was refunded and released;
 *   each funded line remitted once; and the ledger check finds nothing wrong with it.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { toVnd } from '@trustcircle/kernel';
import { RecordShipmentFactUseCase, type ShipmentFact } from '../escrow/application/record-shipment-fact/record-shipment-fact.use-case';
import { CLOSED_STATES } from '../escrow/domain/escrow-state-machine';
import { LedgerService } from '../ledger/application/ledger.service';
import { type CodCourier, type CodShipment, EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';
import { type LifecycleOrder, type LifecycleStep, lifecycleStepArbitraries, playLifecycleStep } from '../testing/lifecycle-steps';
import { RecordCodRemittanceUseCase } from './application/record-remittance/record-cod-remittance.use-case';

jest.setTimeout(180_000);

const TOTAL = 1_000_000;
const RUNS = Number(process.env.COD_PROPERTY_RUNS ?? 30);

type Step =
  | { kind: 'ship'; fact: 'registered' | 'first-scanned' | 'delivered' | 'failed-finally' | 'returned' | 'return-delivered'; codAmount: number | null }
  | { kind: 'remit'; amount: number; repeat: boolean }
  | LifecycleStep;

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('ship' as const),
      fact: fc.constantFrom('registered', 'first-scanned', 'delivered', 'delivered', 'delivered', 'failed-finally', 'returned', 'return-delivered'),
      codAmount: fc.constantFrom<number | null>(TOTAL, TOTAL, TOTAL, 900_000, null),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('remit' as const), amount: fc.constantFrom(TOTAL, TOTAL, 400_000, 600_000, 1, TOTAL + 1), repeat: fc.boolean() }) },
  ...lifecycleStepArbitraries({ total: TOTAL, days: [1, 2, 4] }),
);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let cod: CodCourier;

beforeAll(async () => {
  kit = await EscrowTestKit.start();
  marketplace = await kit.registerPartner('MARKETPLACE');
  cod = await kit.registerCodCourier([marketplace.id]);
});

afterAll(async () => {
  await kit?.close();
});

interface Order extends LifecycleOrder {
  shipment: CodShipment;
  lastBatch: { remittanceId: string; amount: number } | null;
}

/** Plays one step against the order's escrow, as the consumer, the webhook or the deadline sweep would. */
async function play(step: Step, o: Order): Promise<void> {
  const tx = <T>(fn: (m: import('typeorm').EntityManager) => Promise<T>): Promise<T> => kit.db.transaction(fn);
  switch (step.kind) {
    case 'ship': {
      const record = kit.app.get(RecordShipmentFactUseCase);
      const facts: Record<typeof step.fact, () => ShipmentFact> = {
        registered: () => kit.outboundEvent('delivery.shipment-registered', o.shipment),
        'first-scanned': () => kit.outboundEvent('delivery.shipment-first-scanned', o.shipment),
        delivered: () => kit.outboundEvent('delivery.shipment-delivered', o.shipment, { codAmount: step.codAmount }),
        'failed-finally': () => kit.outboundEvent('delivery.shipment-delivery-failed-finally', o.shipment),
        returned: () => kit.outboundEvent('delivery.shipment-returned', o.shipment),
        'return-delivered': () => kit.outboundEvent('delivery.shipment-delivered', { ...o.shipment, shipmentId: randomUUID() }, { direction: 'RETURN', codAmount: null }),
      };
      return tx((m) => record.execute(m, facts[step.fact]()));
    }
    case 'remit': {
      const batch = step.repeat && o.lastBatch ? o.lastBatch : { remittanceId: `RM-${randomUUID()}`, amount: step.amount };
      o.lastBatch = batch;
      const result = await kit.app.get(RecordCodRemittanceUseCase).execute({
        courierId: cod.courier.id,
        remittanceId: batch.remittanceId,
        transferredAt: new Date('2026-11-28T09:30:00.000Z'),
        bankReference: 'FT-PROPERTY',
        lines: [{ trackingNumber: o.shipment.trackingNumber, amount: toVnd(batch.amount) }],
      });
      expect(['recorded', 'repeat']).toContain(result.kind);
      return;
    }
    default:
      return playLifecycleStep(kit, step, o);
  }
}

async function one(sql: string, params: unknown[]): Promise<bigint> {
  return BigInt(((await kit.db.query(sql, params)) as Array<{ v: string | null }>)[0]?.v ?? '0');
}

const credit = (escrowId: string, type: string): Promise<bigint> =>
  one(`SELECT coalesce(sum("posted_credits" - "posted_debits"), 0)::text AS "v" FROM "escrow"."ledger_accounts" WHERE "escrow_id" = $1 AND "type" = $2`, [escrowId, type]);

describe('COD escrow conservation over random lifecycles (property, use-case level)', () => {
  const touched: string[] = [];

  it(`holds for ${RUNS} random sequences of parcel events, remittances, holds, outcomes, cancellations and time`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 14 }), async (steps) => {
        const opened = await kit.openCodEscrow(marketplace.id, {}, { withPayoutAccount: true });
        touched.push(opened.escrowId);
        const o: Order = { ...opened, shipment: kit.codShipment(opened, cod.courier), disputes: [randomUUID(), randomUUID()], lastBatch: null };
        for (const step of steps) await play(step, o);

        const escrow = await kit.escrow(o.orderId);
        const id = escrow.id;
        const remitted = await one(`SELECT coalesce(sum("amount"), 0)::text AS "v" FROM "escrow"."payments" WHERE "escrow_id" = $1`, [id]);
        const parcelRemitted = await one(`SELECT "remitted_amount"::text AS "v" FROM "escrow"."cod_parcels" WHERE "escrow_id" = $1`, [id]);
        const funded = await one(
          `SELECT coalesce(sum(e."amount"), 0)::text AS "v" FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
            WHERE a."escrow_id" = $1 AND a."type" = 'HELD_FUNDS' AND e."side" = 'CREDIT'`,
          [id],
        );
        const fee = await one(
          `SELECT coalesce(sum(e."amount"), 0)::text AS "v" FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
            JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" WHERE t."escrow_id" = $1 AND a."type" = 'PLATFORM_FEE_REVENUE' AND e."side" = 'CREDIT'`,
          [id],
        );
        const instructed = async (kind: string): Promise<bigint> => one(`SELECT coalesce(sum("amount"), 0)::text AS "v" FROM "escrow"."instructions" WHERE "escrow_id" = $1 AND "kind" = $2`, [id, kind]);
        const [held, sellerPayable, refundPayable] = [await credit(id, 'HELD_FUNDS'), await credit(id, 'SELLER_PAYABLE'), await credit(id, 'BUYER_REFUND_PAYABLE')];

        expect([remitted, parcelRemitted, funded].map(String)).toEqual([remitted, remitted, remitted].map(String));
        expect(remitted <= BigInt(TOTAL)).toBe(true);
        expect(funded).toBe(sellerPayable + fee + refundPayable + held);
        expect(held >= 0n).toBe(true);
        if (CLOSED_STATES.includes(escrow.state)) expect([escrow.state, held]).toEqual([escrow.state, 0n]);
        expect(await instructed('REFUND')).toBe(refundPayable);
        expect(await instructed('PAYOUT')).toBe(sellerPayable);
        const lines = await one(`SELECT count(*)::text AS "v" FROM "escrow"."cod_remittance_lines" WHERE "escrow_id" = $1`, [id]);
        expect((await kit.eventData(o.orderId, 'escrow.cod-remitted')).length).toBe(Number(lines));
        expect((await kit.eventData(o.orderId, 'escrow.escrow-funded')).length).toBe(remitted === BigInt(TOTAL) ? 1 : 0);
      }),
      { numRuns: RUNS },
    );

    const report = await kit.app.get(LedgerService).check();
    const mine = new Set(touched);
    expect(report.heldOutsideOpenEscrows.filter((h) => mine.has(h.escrowId))).toEqual([]);
    expect(report.conservationBroken.filter((c) => mine.has(c.escrowId))).toEqual([]);
    expect(report.negativeBalances.filter((n) => n.escrowId !== null && mine.has(n.escrowId))).toEqual([]);
    expect(report.unbalancedTransactions).toEqual([]);
  });
});
