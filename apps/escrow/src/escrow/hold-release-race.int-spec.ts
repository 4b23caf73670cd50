/**
 * The race escrow arbitrates: a dispute's hold requested at the very moment the inspection window's release
 * deadline fires. Both interleavings are forced on the real PostgreSQL (a third transaction holds the escrow's
 * row lock while the real deadline sweep and the hold use case queue up behind it, in the chosen order); each
 * ends in exactly one outcome with a consistent ledger.
 */
import type { QueryRunner } from 'typeorm';
import { waitFor } from '@trustcircle/testing';
import { EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';
import { PlaceHoldUseCase } from './application/place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase } from './application/record-shipment-fact/record-shipment-fact.use-case';

jest.setTimeout(60_000);

const DAY = 86_400_000;
let kit: EscrowTestKit;
let marketplace: TestPartner;
let partner: TestPartner;

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
});

afterAll(async () => {
  await kit?.close();
});

/** An escrow in its inspection window whose release deadline is due now (the clock moved past it, not swept). */
async function dueForRelease(): Promise<{ orderId: string; escrowId: string }> {
  const { orderId } = await kit.openEscrow(marketplace.id);
  await kit.pay(partner, { orderId });
  const recordFact = kit.app.get(RecordShipmentFactUseCase);
  await kit.db.transaction((m) => recordFact.execute(m, kit.event('delivery.shipment-delivered', { orderId, direction: 'OUTBOUND', deliveredAt: kit.now().toISOString() })));
  kit.advanceWithoutSweep(3 * DAY + 1000);
  return { orderId, escrowId: (await kit.escrow(orderId)).id };
}

/** Holds the escrow's row lock in a transaction of its own until released. */
async function lockEscrow(escrowId: string): Promise<QueryRunner> {
  const qr = kit.db.createQueryRunner();
  await qr.connect();
  await qr.startTransaction();
  await qr.query(`SELECT 1 FROM "escrow"."escrows" WHERE "id" = $1 FOR UPDATE`, [escrowId]);
  return qr;
}

/** Waits until `n` sessions of this database wait for a lock. */
async function waitingForLocks(n: number): Promise<void> {
  await waitFor(
    async () => {
      const [{ waiting }] = (await kit.db.query(`SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`)) as Array<{ waiting: number }>;
      return waiting >= n;
    },
    { what: `${n} sessions waiting for the escrow lock` },
  );
}

function requestHold(orderId: string, disputeId: string): Promise<void> {
  return kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
}

async function outcome(orderId: string): Promise<{ state: string; types: string[]; held: bigint; sellerPayable: bigint }> {
  const escrow = await kit.escrow(orderId);
  const [payable] = (await kit.db.query(`SELECT ("posted_credits" - "posted_debits")::text AS "b" FROM "escrow"."ledger_accounts" WHERE "escrow_id" = $1 AND "type" = 'SELLER_PAYABLE'`, [escrow.id])) as Array<{ b: string }>;
  return { state: escrow.state, types: await kit.eventTypes(orderId), held: await kit.held(orderId), sellerPayable: BigInt(payable?.b ?? '0') };
}

describe('a hold requested while the release deadline fires', () => {
  it('hold first: the money stays held, the deadline fires into ON_HOLD and does nothing', async () => {
    const { orderId, escrowId } = await dueForRelease();
    const blocker = await lockEscrow(escrowId);
    const hold = requestHold(orderId, crypto.randomUUID());
    await waitingForLocks(1);
    const sweep = kit.sweep();
    await waitingForLocks(2);
    await blocker.commitTransaction();
    await blocker.release();
    await Promise.all([hold, sweep]);

    const o = await outcome(orderId);
    expect(o.state).toBe('ON_HOLD');
    expect(o.types).toContain('escrow.hold-accepted');
    expect(o.types).not.toContain('escrow.escrow-released');
    expect(o.types).not.toContain('escrow.hold-refused');
    expect(o.held).toBe(1_000_000n);
    expect(o.sellerPayable).toBe(0n);
  });

  it('release first: the money goes to the seller once and the hold is refused as already released', async () => {
    const { orderId, escrowId } = await dueForRelease();
    const blocker = await lockEscrow(escrowId);
    const sweep = kit.sweep();
    await waitingForLocks(1);
    const hold = requestHold(orderId, crypto.randomUUID());
    await waitingForLocks(2);
    await blocker.commitTransaction();
    await blocker.release();
    await Promise.all([hold, sweep]);

    const o = await outcome(orderId);
    expect(o.state).toBe('RELEASED');
    expect(o.types.filter((t) => t === 'escrow.escrow-released')).toHaveLength(1);
    expect(o.types).toContain('escrow.hold-refused');
    expect(o.types).not.toContain('escrow.hold-accepted');
    expect(o.held).toBe(0n);
    expect(o.sellerPayable).toBe(980_000n);
    const refusal = (await kit.events(orderId)).find((e) => e.type === 'escrow.hold-refused');
    expect(refusal?.data).toMatchObject({ reason: 'ALREADY_RELEASED' });
  });
});
