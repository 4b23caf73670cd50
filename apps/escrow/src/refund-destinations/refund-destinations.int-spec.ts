/**
 * Refunds to cash-on-delivery buyers against the real PostgreSQL, Redis and Kafka (an in-process escrow app): a
 * COD escrow delivered, remitted and disputed; the refund waits for the buyer's destination (AWAITING_ACCOUNT, no
 * money in flight, the buyer asked once), the buyer gives one in the portal (validated, sealed, masked), the refund
 * goes to the collection partner with the full details for it alone, and its settlement clears the ledger. A
 * partial refund to an e-wallet given beforehand goes out at once beside the seller's payout; a refund that failed
 * is retried to the destination the buyer corrected.
 */
import { LedgerService } from '../ledger/application/ledger.service';
import { InstructionRecord } from '../instructions/infrastructure/instruction.orm-entity';
import { EscrowTestKit, type OpenedEscrow, type TestPartner } from '../testing/escrow-test-kit';
import { type CodEscrow, CodEscrowFixture } from './testing/cod-escrow-fixture';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let fx: CodEscrowFixture;
let otherPartner: TestPartner;
const mine: string[] = [];

const BANK = { method: 'BANK_ACCOUNT', institutionCode: 'vcb', accountNumber: '0011 2233 4678 9', accountName: '  Nguyễn  Văn An ' };
const BANK_AS_STORED = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0011223346789', accountName: 'NGUYEN VAN AN' };

beforeAll(async () => {
  kit = await EscrowTestKit.start({ INSTRUCTION_RETRY_BASE_MS: '60000' });
  fx = await CodEscrowFixture.create(kit);
  otherPartner = await kit.registerPartner('PAYMENT_PARTNER', [fx.marketplace.id]);
});

afterAll(async () => {
  await kit?.close();
});

const path = (code: string) => `/v1/public/escrows/${code}/refund-destination`;
const put = (escrow: OpenedEscrow, body: unknown, token = fx.buyerToken(escrow)) => kit.call('PUT', path(escrow.code), token, body);
const settle = (as: TestPartner, instructionId: string, report: Record<string, unknown> = {}) =>
  kit.signedPost(as, `/v1/partners/${as.id}/settlements`, { instructionId, status: 'SETTLED', settledAt: '2026-03-07T03:00:00.000Z', reference: `FT-${instructionId.slice(0, 8)}`, ...report });

/** A COD escrow delivered with its cash collected and remitted in full, and under a dispute. */
async function disputedCod(total = 1_000_000): Promise<{ escrow: CodEscrow; paymentId: string; disputeId: string }> {
  const escrow = await fx.open(total);
  mine.push(escrow.escrowId);
  await fx.deliver(escrow);
  expect((await kit.escrow(escrow.orderId)).state).toBe('IN_INSPECTION');
  const paymentId = await fx.remit(escrow, total);
  const disputeId = await fx.hold(escrow);
  expect((await kit.escrow(escrow.orderId)).state).toBe('ON_HOLD');
  return { escrow, paymentId, disputeId };
}

function instructionsOf(escrowId: string): Promise<InstructionRecord[]> {
  return kit.db.manager.find(InstructionRecord, { where: { escrowId }, order: { kind: 'DESC' } });
}

/** The PENDING instructions `as` pulls, by id. */
async function pulled(as: TestPartner): Promise<Map<string, Record<string, unknown>>> {
  const res = await kit.get(`/v1/partners/${as.id}/instructions?limit=100`, as.apiKey);
  expect(res.status).toBe(200);
  return new Map((res.body.items as Array<Record<string, unknown>>).map((i) => [i.instructionId as string, i]));
}

async function refundPayable(escrowId: string) {
  const b = await kit.app.get(LedgerService).balancesOf({ type: 'BUYER_REFUND_PAYABLE', escrowId });
  return { posted: b?.posted, pending: b?.pending, available: b?.available };
}

describe('refund to a COD buyer', () => {
  it('waits for the buyer’s destination, goes to it when given, listed in full to the collection partner only, and settles', async () => {
    const { escrow, paymentId, disputeId } = await disputedCod();
    await fx.resolve(escrow, disputeId, 'REFUND_FULL', 1_000_000);
    expect((await kit.escrow(escrow.orderId)).state).toBe('REFUNDED');

    // No destination: the refund waits, nothing in flight, the buyer is asked once.
    const [waiting] = await instructionsOf(escrow.escrowId);
    expect(waiting).toMatchObject({ kind: 'REFUND', status: 'AWAITING_ACCOUNT', amount: 1_000_000n, partnerId: fx.collector.id, paymentId, originalPartnerTxnId: null, payoutDetailsSealed: null });
    expect(waiting.beneficiary).toEqual({ party: 'BUYER', destination: 'BANK_ACCOUNT', sellerId: null, institutionCode: null, accountNumberMasked: null });
    expect(await refundPayable(escrow.escrowId)).toEqual({ posted: 1_000_000n, pending: 1_000_000n, available: 1_000_000n });
    expect(await kit.app.get(LedgerService).statusOf(kit.db.manager, `${waiting.id}:SETTLE_REFUND`)).toBeNull();
    expect(await kit.eventData(escrow.orderId, 'escrow.refund-destination-required')).toEqual([
      { orderId: escrow.orderId, escrowId: escrow.escrowId, amount: 1_000_000, requestedAt: expect.any(String) },
    ]);
    expect(await kit.eventData(escrow.orderId, 'escrow.refund-instruction-issued')).toEqual([]);
    expect((await pulled(fx.collector)).has(waiting.id)).toBe(false);

    // The buyer's portal: token required, fields validated, only their own COD order.
    const prepaid = await kit.openEscrow(fx.marketplace.id);
    expect((await kit.call('PUT', path(escrow.code), undefined, BANK)).status).toBe(401);
    expect((await kit.get(path(escrow.code), fx.buyerToken(escrow))).body).toMatchObject({ status: 404, type: expect.stringContaining('refund-destination-not-found') });
    const invalid = await put(escrow, { method: 'EWALLET', institutionCode: 'VCB', accountNumber: '12345', accountName: 'X' });
    expect(invalid.status).toBe(400);
    expect(new Set((invalid.body.errors as Array<{ field: string }>).map((e) => e.field))).toEqual(new Set(['institutionCode', 'accountNumber', 'accountName']));
    expect(JSON.stringify(invalid.body)).not.toContain('12345');
    expect((await put(escrow, { ...BANK, accountNumber: '12345' })).body).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'accountNumber' })] });
    expect((await put(escrow, BANK, fx.buyerToken(prepaid))).status).toBe(404);
    const notCod = await put(prepaid, BANK);
    expect(notCod.body).toMatchObject({ status: 409, type: expect.stringContaining('not-cash-on-delivery') });
    expect((await kit.get(path(prepaid.code), fx.buyerToken(prepaid))).status).toBe(409);

    // Given: answered masked, stored sealed, and the refund goes out at once.
    const given = await put(escrow, BANK);
    expect(given.status).toBe(200);
    expect(given.body).toEqual({ orderCode: escrow.code, method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: '******6789', registeredAt: expect.any(String), updatedAt: expect.any(String) });
    const [row] = (await kit.db.query(`SELECT * FROM "escrow"."buyer_refund_destinations" WHERE "escrow_id" = $1`, [escrow.escrowId])) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ order_id: escrow.orderId, method: 'BANK_ACCOUNT', institution_code: 'VCB', account_number_masked: '******6789' });
    for (const clear of ['0011223346789', '3346789', 'NGUYEN', 'Nguyễn']) expect(JSON.stringify(row)).not.toContain(clear);

    const [issued] = await instructionsOf(escrow.escrowId);
    expect([issued.id, issued.status]).toEqual([waiting.id, 'PENDING']);
    expect(issued.beneficiary).toEqual({ party: 'BUYER', destination: 'BANK_ACCOUNT', sellerId: null, institutionCode: 'VCB', accountNumberMasked: '******6789' });
    expect(issued.payoutDetailsSealed).not.toContain('3346789');
    expect(await refundPayable(escrow.escrowId)).toEqual({ posted: 1_000_000n, pending: 0n, available: 0n });
    expect(await kit.eventData(escrow.orderId, 'escrow.refund-instruction-issued')).toEqual([
      expect.objectContaining({
        instructionId: waiting.id,
        partnerId: fx.collector.id,
        amount: 1_000_000,
        reason: 'DISPUTE_OUTCOME',
        originalPartnerTxnId: null,
        beneficiary: { party: 'BUYER', destination: 'BANK_ACCOUNT', sellerId: null, institutionCode: 'VCB', accountNumberMasked: '******6789' },
      }),
    ]);
    expect(JSON.stringify(await kit.events(escrow.orderId))).not.toContain('3346789');

    // Repeats answer the same (however the same destination is written); GET reads it masked.
    expect(await put(escrow, BANK)).toEqual(given);
    expect(await put(escrow, BANK_AS_STORED)).toEqual(given);
    expect(await kit.get(path(escrow.code.toLowerCase()), fx.buyerToken(escrow))).toEqual(given);
    expect(await kit.eventData(escrow.orderId, 'escrow.refund-instruction-issued')).toHaveLength(1);

    // The collection partner pulls the full details; another partner neither sees nor settles it.
    expect((await pulled(fx.collector)).get(waiting.id)).toMatchObject({
      kind: 'REFUND',
      status: 'PENDING',
      orderId: escrow.orderId,
      amount: 1_000_000,
      originalPartnerTxnId: null,
      beneficiary: { party: 'BUYER', destination: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: '******6789', accountNumber: '0011223346789', accountName: 'NGUYEN VAN AN' },
    });
    expect((await pulled(otherPartner)).has(waiting.id)).toBe(false);
    expect((await kit.get(`/v1/partners/${fx.collector.id}/instructions`, otherPartner.apiKey)).status).toBe(404);
    expect((await settle(otherPartner, waiting.id)).status).toBe(404);

    // Once a refund left, the destination can no longer change.
    const change = await put(escrow, { ...BANK, accountNumber: '9988776655' });
    expect(change.body).toMatchObject({ status: 409, type: expect.stringContaining('refund-destination-locked') });
    expect(await kit.get(path(escrow.code), fx.buyerToken(escrow))).toEqual(given);

    // Settled: the refund payable clears, the money left the collection partner.
    expect((await settle(fx.collector, waiting.id)).body).toMatchObject({ instructionId: waiting.id, kind: 'REFUND', status: 'SETTLED' });
    expect((await instructionsOf(escrow.escrowId))[0].status).toBe('SETTLED');
    expect(await refundPayable(escrow.escrowId)).toEqual({ posted: 0n, pending: 0n, available: 0n });
    expect(await kit.app.get(LedgerService).statusOf(kit.db.manager, `${waiting.id}:SETTLE_REFUND:posted`)).toBe('POSTED');
    expect((await pulled(fx.collector)).get(waiting.id)).toMatchObject({ status: 'SETTLED', beneficiary: { accountNumber: null, accountName: null } });
    expect(await kit.eventData(escrow.orderId, 'escrow.refund-destination-required')).toHaveLength(1);
  });

  it('pays a partial refund at once to the e-wallet given before the outcome (changeable until then), the rest to the seller', async () => {
    const { escrow, disputeId } = await disputedCod();
    const first = await put(escrow, { method: 'EWALLET', institutionCode: 'MOMO', accountNumber: '+84 912 345 678', accountName: 'Trần Thị Bích' });
    expect(first.body).toMatchObject({ method: 'EWALLET', institutionCode: 'MOMO', accountNumberMasked: '******5678' });
    kit.advanceWithoutSweep(1000);
    const changed = await put(escrow, { method: 'EWALLET', institutionCode: 'ZALOPAY', accountNumber: '0987.654.321', accountName: 'Trần Thị Bích' });
    expect(changed.body).toMatchObject({ institutionCode: 'ZALOPAY', accountNumberMasked: '******4321', registeredAt: first.body.registeredAt });
    expect(changed.body.updatedAt).not.toBe(first.body.updatedAt);

    await fx.resolve(escrow, disputeId, 'REFUND_PARTIAL', 300_000);
    expect((await kit.escrow(escrow.orderId)).state).toBe('PARTIALLY_REFUNDED');
    const [refund, payout] = await instructionsOf(escrow.escrowId);
    expect([refund.kind, refund.status, refund.amount, refund.partnerId]).toEqual(['REFUND', 'PENDING', 300_000n, fx.collector.id]);
    expect(refund.beneficiary).toEqual({ party: 'BUYER', destination: 'EWALLET', sellerId: null, institutionCode: 'ZALOPAY', accountNumberMasked: '******4321' });
    // 700,000 released, 2% fee on it only.
    expect([payout.kind, payout.status, payout.amount, payout.partnerId]).toEqual(['PAYOUT', 'PENDING', 686_000n, fx.collector.id]);
    expect(await kit.eventData(escrow.orderId, 'escrow.refund-destination-required')).toEqual([]);
    expect((await pulled(fx.collector)).get(refund.id)).toMatchObject({ beneficiary: { accountNumber: '0987654321', accountName: 'TRAN THI BICH', accountNumberMasked: '******4321' } });

    expect((await settle(fx.collector, refund.id)).status).toBe(200);
    expect((await settle(fx.collector, payout.id)).status).toBe(200);
    expect((await kit.escrow(escrow.orderId)).state).toBe('PAID_OUT');
    expect(await refundPayable(escrow.escrowId)).toMatchObject({ posted: 0n, pending: 0n });
    expect(await kit.balance({ type: 'SELLER_PAYABLE', escrowId: escrow.escrowId, sellerId: escrow.sellerId })).toBe(0n);
  });

  it('redirects a refund that FAILED: the buyer corrects the destination and the retry goes to it', async () => {
    const { escrow, disputeId } = await disputedCod(500_000);
    await put(escrow, BANK);
    await fx.resolve(escrow, disputeId, 'REFUND_FULL', 500_000);
    const [refund] = await instructionsOf(escrow.escrowId);
    expect([refund.status, refund.amount, refund.beneficiary.accountNumberMasked]).toEqual(['PENDING', 500_000n, '******6789']);
    expect((await put(escrow, { ...BANK, accountNumber: '1122334455' })).status).toBe(409);

    expect((await settle(fx.collector, refund.id, { status: 'FAILED', reference: 'R-1', reason: 'Beneficiary account closed' })).body).toMatchObject({ status: 'FAILED', nextAction: 'RETRY' });
    const corrected = await put(escrow, { ...BANK, institutionCode: 'TCB', accountNumber: '1122334455' });
    expect([corrected.status, corrected.body.institutionCode, corrected.body.accountNumberMasked]).toEqual([200, 'TCB', '******4455']);

    await kit.advance(60_000 + 1000);
    const [retried] = await instructionsOf(escrow.escrowId);
    expect([retried.id, retried.status, retried.attempt]).toEqual([refund.id, 'PENDING', 2]);
    expect(retried.beneficiary).toEqual({ party: 'BUYER', destination: 'BANK_ACCOUNT', sellerId: null, institutionCode: 'TCB', accountNumberMasked: '******4455' });
    expect((await kit.eventData(escrow.orderId, 'escrow.refund-instruction-issued')).map((e) => (e.beneficiary as { accountNumberMasked: string }).accountNumberMasked)).toEqual([
      '******6789',
      '******4455',
    ]);
    expect((await pulled(fx.collector)).get(refund.id)).toMatchObject({ attempt: 2, beneficiary: { institutionCode: 'TCB', accountNumber: '1122334455', accountName: 'NGUYEN VAN AN' } });
    expect((await put(escrow, BANK)).status).toBe(409);

    expect((await settle(fx.collector, refund.id, { reference: 'FT-2' })).body).toMatchObject({ status: 'SETTLED', attempt: 2 });
    expect(await refundPayable(escrow.escrowId)).toMatchObject({ posted: 0n, pending: 0n });
  });

  it('leaves the ledger sound for these escrows (nothing held, conservation)', async () => {
    const report = await kit.app.get(LedgerService).check();
    const ids = new Set(mine);
    expect(report.conservationBroken.filter((c) => ids.has(c.escrowId))).toEqual([]);
    expect(report.heldOutsideOpenEscrows.filter((h) => ids.has(h.escrowId))).toEqual([]);
    expect(report.negativeBalances.filter((n) => n.escrowId !== null && ids.has(n.escrowId))).toEqual([]);
    expect(report.unbalancedTransactions).toEqual([]);
    for (const id of mine) expect(await kit.balance({ type: 'HELD_FUNDS', escrowId: id })).toBe(0n);
    expect(mine).toHaveLength(3);
  });
});
