/**
 * The dispute lifecycle on the real PostgreSQL, Redis and Kafka (an in-process disputes app, its clock moved and
 * its deadlines swept by the test): the marketplace's answers, offers, escalation, mediator decisions, every
 * deadline's default and reminder, withdrawal, escrow's answer to the hold (and the claw-back when no money is
 * held), the return of a RETURN_AND_REFUND outcome, the vulnerable-consumer flag, and who may do what.
 */
import { DisputesTestKit, type SeededOrder, type TestPartner } from '../testing/disputes-test-kit';

jest.setTimeout(120_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let kit: DisputesTestKit;
let shop: TestPartner;
let otherShop: TestPartner;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  shop = await kit.registerPartner('MARKETPLACE');
  otherShop = await kit.registerPartner('MARKETPLACE');
});

afterAll(async () => {
  await kit?.close();
});

const ago = (ms: number): Date => new Date(kit.now().getTime() - ms);
const later = (ms: number): Date => new Date(kit.now().getTime() + ms);
/** An order of `shop` in its inspection window (ends in 2 days), total 1,250,000 VND. */
const order = (): Promise<SeededOrder> => kit.seedOrderFacts({ marketplaceId: shop.id, fundedAt: ago(3 * DAY), inspectionEndsAt: later(2 * DAY) });
const respond = (id: string, body: Record<string, unknown>, key = shop.apiKey) => kit.call('POST', `/v1/disputes/${id}/responses`, key, body);
const buyer = (o: SeededOrder, id: string, action: string, body: Record<string, unknown> = {}) => kit.call('POST', `/v1/public/disputes/${id}/${action}`, kit.buyerToken(o), body);
const link = [{ url: 'https://shop.example/orders/123/packing-video', description: 'Packing video' }];
const dataOf = async (o: SeededOrder, type: string): Promise<Record<string, unknown>> => {
  const all = await kit.eventData(o.orderId, type);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('the marketplace answers', () => {
  it('ACCEPT resolves as asked (full refund) and stops the merchant deadline', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    const res = await respond(id, { action: 'ACCEPT', message: 'Sorry, refund approved.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ disputeId: id, state: 'RESOLVED', outcome: 'REFUND_FULL', refundAmount: 1_250_000, currentDeadline: null, currentDueAt: null });
    expect(await dataOf(o, 'disputes.merchant-responded')).toMatchObject({ action: 'ACCEPT', amount: null, evidenceCount: 0, onTime: true, buyerDueAt: null });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ disputeId: id, outcome: 'REFUND_FULL', refundAmount: 1_250_000, resolvedBy: 'MERCHANT_ACCEPTED', moneyHeld: true });
    await kit.advance(3 * DAY);
    expect((await kit.dispute(id)).state).toBe('RESOLVED');
    expect(await kit.eventTypes(o.orderId)).toEqual(['disputes.dispute-opened', 'disputes.hold-requested', 'disputes.merchant-responded', 'disputes.dispute-resolved']);
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'MERCHANT_ACCEPTED']);
  });

  it('ACCEPT of a partial refund refunds the amount asked', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 250_000 });
    expect((await respond(id, { action: 'ACCEPT', message: 'OK' })).body).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_PARTIAL', refundAmount: 250_000 });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ outcome: 'REFUND_PARTIAL', refundAmount: 250_000 });
  });

  it('REJECT needs evidence: without it 400 naming evidence, and nothing is stored', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    const res = await respond(id, { action: 'REJECT', message: 'The item was fine.' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'evidence', errors: [{ field: 'evidence', code: 'EVIDENCE_REQUIRED' }] });
    expect((await kit.dispute(id)).state).toBe('AWAITING_MERCHANT');
    expect(await kit.trailKinds(id)).toEqual(['FILED']);
    expect(await kit.eventTypes(o.orderId)).toEqual(['disputes.dispute-opened', 'disputes.hold-requested']);
  });

  it('REJECT → the buyer escalates → a mediator refunds in part, recording who decided and why', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { reason: 'COUNTERFEIT' });
    const rejected = await respond(id, { action: 'REJECT', message: 'Genuine item, see the invoice.', evidence: link });
    expect(rejected.body).toMatchObject({ state: 'AWAITING_BUYER_ESCALATION', currentDeadline: 'BUYER_ESCALATION' });
    const respondedAt = Date.parse(String((await dataOf(o, 'disputes.merchant-responded')).respondedAt));
    expect(await dataOf(o, 'disputes.merchant-responded')).toMatchObject({ action: 'REJECT', evidenceCount: 1, buyerDueAt: new Date(respondedAt + 72 * HOUR).toISOString() });

    const escalated = await buyer(o, id, 'escalate', { message: 'It is fake: compare the logo.' });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ state: 'ESCALATED', currentDeadline: 'MEDIATOR_DECISION' });
    const esc = await dataOf(o, 'disputes.dispute-escalated');
    expect(esc).toMatchObject({ escalatedBy: 'BUYER', priority: false });
    expect(Date.parse(String(esc.mediatorDueAt)) - Date.parse(String(esc.escalatedAt))).toBe(72 * HOUR);

    const mediator = kit.operatorToken('mediator');
    const decided = await kit.call('POST', `/v1/disputes/${id}/decision`, mediator, { outcome: 'REFUND_PARTIAL', amount: 400_000, reason: 'Logo differs; partial refund for the difference.' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_PARTIAL', refundAmount: 400_000 });
    const decision = await dataOf(o, 'disputes.dispute-decided');
    expect(decision).toMatchObject({ outcome: 'REFUND_PARTIAL', amount: 400_000, reason: 'Logo differs; partial refund for the difference.', onTime: true });
    const row = await kit.dispute(id);
    expect(decision.decidedBy).toBe(row.decidedBy);
    expect(row.decisionReason).toBe('Logo differs; partial refund for the difference.');
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ outcome: 'REFUND_PARTIAL', refundAmount: 400_000, resolvedBy: 'MEDIATOR_DECISION' });
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'MERCHANT_REJECTED', 'ESCALATED', 'DECIDED']);
  });

  it('OFFER_PARTIAL → the buyer accepts: a partial refund of the offer', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { reason: 'NOT_AS_DESCRIBED' });
    const offered = await respond(id, { action: 'OFFER_PARTIAL', amount: 300_000, message: 'We offer 300,000 VND back.' });
    expect(offered.body).toMatchObject({ state: 'OFFER_PENDING', currentDeadline: 'BUYER_OFFER_RESPONSE' });
    const offer = await dataOf(o, 'disputes.offer-made');
    expect(offer).toMatchObject({ amount: 300_000 });
    expect(Date.parse(String(offer.buyerDueAt)) - Date.parse(String(offer.madeAt))).toBe(48 * HOUR);
    const accepted = await buyer(o, id, 'offer-response', { decision: 'ACCEPT' });
    expect(accepted.body).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_PARTIAL', refundAmount: 300_000 });
    expect(await dataOf(o, 'disputes.offer-accepted')).toMatchObject({ offerId: offer.offerId, amount: 300_000 });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ resolvedBy: 'OFFER_ACCEPTED', refundAmount: 300_000 });
  });

  it('an offer must be 0 < amount < total, and only offers carry an amount (400 naming amount)', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    for (const [body, code] of [
      [{ action: 'OFFER_PARTIAL', message: 'x' }, 'AMOUNT_REQUIRED'],
      [{ action: 'OFFER_PARTIAL', amount: 1_250_000, message: 'x' }, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
      [{ action: 'ACCEPT', amount: 5, message: 'x' }, 'AMOUNT_NOT_ALLOWED'],
    ] as const) {
      const res = await respond(id, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field: 'amount', errors: [{ code }] });
    }
    expect(await kit.trailKinds(id)).toEqual(['FILED']);
  });

  it('declining an offer escalates at once', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'OFFER_PARTIAL', amount: 100_000, message: 'Offer' });
    const declined = await buyer(o, id, 'offer-response', { decision: 'DECLINE', message: 'Too little.' });
    expect(declined.body).toMatchObject({ state: 'ESCALATED' });
    expect(await dataOf(o, 'disputes.offer-declined')).toMatchObject({ declinedBy: 'BUYER' });
    expect(await dataOf(o, 'disputes.dispute-escalated')).toMatchObject({ escalatedBy: 'BUYER' });
  });
});

describe('deadlines and their defaults', () => {
  it('the merchant stays silent: a reminder 24 h before, then a default judgment as asked; a late answer is refused', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 500_000 });
    const due = (await kit.dispute(id)).currentDueAt as Date;
    await kit.advance(24 * HOUR + 60_000);
    expect(await dataOf(o, 'disputes.deadline-reminder')).toMatchObject({ deadline: 'MERCHANT_RESPONSE', recipientRole: 'MERCHANT', dueAt: due.toISOString() });
    expect((await kit.dispute(id)).state).toBe('AWAITING_MERCHANT');
    kit.advanceWithoutSweep(24 * HOUR);
    const late = await respond(id, { action: 'ACCEPT', message: 'Sorry, late.' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ type: expect.stringContaining('dispute-deadline-passed'), deadline: 'MERCHANT_RESPONSE', dueAt: due.toISOString() });
    await kit.sweep();
    const row = await kit.dispute(id);
    expect(row).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_PARTIAL', resolvedBy: 'DEFAULT_JUDGMENT', merchantOnTime: false });
    expect(row.refundAmount).toBe(500_000n);
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ resolvedBy: 'DEFAULT_JUDGMENT', refundAmount: 500_000 });
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'DEFAULT_JUDGMENT']);
  });

  it('the buyer does not escalate a rejection within 72 h: closed for the seller, the money released', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'REJECT', message: 'No.', evidence: link });
    await kit.advance(72 * HOUR + 60_000);
    expect(await kit.dispute(id)).toMatchObject({ state: 'CLOSED', outcome: 'RELEASE_TO_SELLER', resolvedBy: 'BUYER_DID_NOT_ESCALATE' });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ outcome: 'RELEASE_TO_SELLER', refundAmount: 0, resolvedBy: 'BUYER_DID_NOT_ESCALATE' });
    expect(await dataOf(o, 'disputes.deadline-reminder')).toMatchObject({ deadline: 'BUYER_ESCALATION', recipientRole: 'BUYER' });
    expect((await buyer(o, id, 'escalate', { message: 'Too late?' })).status).toBe(409);
  });

  it('the buyer does not answer an offer within 48 h: it lapses and the dispute goes to a mediator', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'OFFER_PARTIAL', amount: 100_000, message: 'Offer' });
    await kit.advance(48 * HOUR + 60_000);
    expect(await kit.dispute(id)).toMatchObject({ state: 'ESCALATED', escalatedBy: 'OFFER_DEADLINE' });
    expect(await dataOf(o, 'disputes.offer-declined')).toMatchObject({ declinedBy: 'DEADLINE' });
    expect(await dataOf(o, 'disputes.dispute-escalated')).toMatchObject({ escalatedBy: 'OFFER_DEADLINE' });
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'OFFER_MADE', 'OFFER_LAPSED']);
  });

  it('the mediator misses the deadline: flagged once (trail, operator alert), the case stays in the queue, a late decision counts as late', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'OFFER_PARTIAL', amount: 100_000, message: 'Offer' });
    await buyer(o, id, 'offer-response', { decision: 'DECLINE' });
    await kit.advance(72 * HOUR + 60_000);
    const row = await kit.dispute(id);
    expect(row.state).toBe('ESCALATED');
    expect(row.mediatorBreachedAt).not.toBeNull();
    expect(await kit.operatorAlerts({ orderId: o.orderId })).toEqual([expect.objectContaining({ code: 'MEDIATOR_DEADLINE_BREACHED', severity: 'WARNING', service: 'disputes' })]);
    const metrics = await kit.get('/metrics');
    expect(String(metrics.body.text)).toMatch(/tc_disputes_mediator_deadline_breaches_total\{[^}]*vulnerable="false"[^}]*\} [1-9]/);
    await kit.advance(3 * DAY);
    expect(await kit.operatorAlerts({ orderId: o.orderId })).toHaveLength(1);
    const decided = await kit.call('POST', `/v1/disputes/${id}/decision`, kit.operatorToken('mediator'), { outcome: 'RELEASE_TO_SELLER', reason: 'Item as described.' });
    expect(decided.body).toMatchObject({ state: 'RESOLVED', outcome: 'RELEASE_TO_SELLER', refundAmount: 0 });
    expect(await dataOf(o, 'disputes.dispute-decided')).toMatchObject({ onTime: false, amount: null });
  });
});

describe('reminders 24 h before each deadline, once, to the party who must act', () => {
  /** The dispute's reminders so far, as [deadline, recipient, dueAt]. */
  const reminders = async (o: SeededOrder): Promise<unknown[][]> => (await kit.eventData(o.orderId, 'disputes.deadline-reminder')).map((r) => [r.deadline, r.recipientRole, r.dueAt]);

  it('the buyer’s answer to an offer (48 h): reminded at 24 h, not before', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'OFFER_PARTIAL', amount: 100_000, message: 'Offer' });
    const due = (await kit.dispute(id)).currentDueAt as Date;
    await kit.advance(24 * HOUR - 60_000);
    expect(await reminders(o)).toEqual([]);
    await kit.advance(2 * 60_000);
    expect(await reminders(o)).toEqual([['BUYER_OFFER_RESPONSE', 'BUYER', due.toISOString()]]);
    expect((await kit.dispute(id)).state).toBe('OFFER_PENDING');
    await kit.advance(24 * HOUR);
    expect((await kit.dispute(id)).state).toBe('ESCALATED');
    expect(await reminders(o)).toEqual([['BUYER_OFFER_RESPONSE', 'BUYER', due.toISOString()]]);
  });

  it('the mediator’s decision (72 h): reminded at 48 h, not before, and once', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'REJECT', message: 'No.', evidence: link });
    await buyer(o, id, 'escalate', { message: 'Please decide.' });
    const due = (await kit.dispute(id)).currentDueAt as Date;
    await kit.advance(48 * HOUR - 60_000);
    expect(await reminders(o)).toEqual([]);
    await kit.advance(2 * 60_000);
    expect(await reminders(o)).toEqual([['MEDIATOR_DECISION', 'MEDIATOR', due.toISOString()]]);
    expect(await kit.operatorAlerts({ orderId: o.orderId })).toEqual([]);
    await kit.advance(24 * HOUR);
    expect(await reminders(o)).toHaveLength(1);
  });

  it('the buyer’s return shipment (7 days): reminded on day 6, not before; a first scan stops both', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'RETURN_AND_REFUND' });
    await respond(id, { action: 'ACCEPT', message: 'Send it back.' });
    const due = (await kit.dispute(id)).currentDueAt as Date;
    await kit.advance(6 * DAY - 60_000);
    expect(await reminders(o)).toEqual([]);
    await kit.advance(2 * 60_000);
    expect(await reminders(o)).toEqual([['RETURN_SHIPMENT', 'BUYER', due.toISOString()]]);

    const o2 = await order();
    const id2 = await kit.fileDispute(o2, { requestedOutcome: 'RETURN_AND_REFUND' });
    await respond(id2, { action: 'ACCEPT', message: 'Send it back.' });
    await kit.returnShipment(o2, 'first-scanned');
    await kit.advance(8 * DAY);
    expect(await reminders(o2)).toEqual([]);
    expect((await kit.dispute(id2)).state).toBe('AWAITING_RETURN');
  });
});

describe('a mediator decides RETURN_AND_REFUND', () => {
  it('the dispute waits for the return (7 days from the decision), decided and resolved go out, and the delivery resolves it', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { reason: 'NOT_AS_DESCRIBED' });
    await kit.answerHold(o, id, 'ACCEPTED');
    await respond(id, { action: 'REJECT', message: 'As described.', evidence: link });
    await buyer(o, id, 'escalate', { message: 'The colour is wrong.' });
    const decided = await kit.call('POST', `/v1/disputes/${id}/decision`, kit.operatorToken('mediator'), { outcome: 'RETURN_AND_REFUND', reason: 'Colour differs from the listing: return it for a full refund.' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'AWAITING_RETURN', outcome: 'RETURN_AND_REFUND', refundAmount: 1_250_000, currentDeadline: 'RETURN_SHIPMENT', moneyHeld: true });
    const decision = await dataOf(o, 'disputes.dispute-decided');
    expect(decision).toMatchObject({ disputeId: id, outcome: 'RETURN_AND_REFUND', amount: null, onTime: true, reason: 'Colour differs from the listing: return it for a full refund.' });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ disputeId: id, outcome: 'RETURN_AND_REFUND', refundAmount: 1_250_000, resolvedBy: 'MEDIATOR_DECISION', moneyHeld: true });
    const row = await kit.dispute(id);
    expect(row).toMatchObject({ state: 'AWAITING_RETURN', currentDeadline: 'RETURN_SHIPMENT', decidedBy: decision.decidedBy, resolvedBy: 'MEDIATOR_DECISION' });
    expect(Number(row.currentDueAt) - Date.parse(String(decision.decidedAt))).toBe(7 * DAY);

    await kit.returnShipment(o, 'first-scanned');
    await kit.advance(8 * DAY);
    expect((await kit.dispute(id)).state).toBe('AWAITING_RETURN');
    await kit.returnShipment(o, 'delivered');
    expect(await kit.dispute(id)).toMatchObject({ state: 'RESOLVED', outcome: 'RETURN_AND_REFUND' });
    expect(await kit.eventTypes(o.orderId)).toEqual([
      'disputes.dispute-opened',
      'disputes.hold-requested',
      'disputes.hold-outcome-recorded',
      'disputes.merchant-responded',
      'disputes.dispute-escalated',
      'disputes.dispute-decided',
      'disputes.dispute-resolved',
    ]);
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'HOLD_ACCEPTED', 'MERCHANT_REJECTED', 'ESCALATED', 'DECIDED', 'RETURN_DELIVERED']);
  });
});

describe('return and refund', () => {
  it('waits for the return: its first scan meets the deadline, its delivery resolves the dispute', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'RETURN_AND_REFUND' });
    expect((await respond(id, { action: 'ACCEPT', message: 'Send it back.' })).body).toMatchObject({ state: 'AWAITING_RETURN', currentDeadline: 'RETURN_SHIPMENT', outcome: 'RETURN_AND_REFUND', refundAmount: 1_250_000 });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ outcome: 'RETURN_AND_REFUND', refundAmount: 1_250_000 });
    await kit.advance(3 * DAY);
    await kit.returnShipment(o, 'first-scanned');
    expect(await kit.dispute(id)).toMatchObject({ state: 'AWAITING_RETURN', currentDeadline: null });
    await kit.advance(10 * DAY);
    expect((await kit.dispute(id)).state).toBe('AWAITING_RETURN');
    await kit.returnShipment(o, 'delivered');
    expect(await kit.dispute(id)).toMatchObject({ state: 'RESOLVED', outcome: 'RETURN_AND_REFUND' });
    expect(await kit.eventTypes(o.orderId)).not.toContain('disputes.return-deadline-passed');
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'MERCHANT_ACCEPTED', 'RETURN_DELIVERED']);
  });

  it('no return shipped within 7 days: closed and the money released (return-deadline-passed)', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'RETURN_AND_REFUND' });
    await respond(id, { action: 'ACCEPT', message: 'Send it back.' });
    const due = (await kit.dispute(id)).currentDueAt as Date;
    await kit.advance(7 * DAY + 60_000);
    expect((await kit.dispute(id)).state).toBe('CLOSED');
    expect(await dataOf(o, 'disputes.return-deadline-passed')).toMatchObject({ disputeId: id, dueAt: due.toISOString() });
  });
});

describe('return and refund with no money held', () => {
  it('the claw-back waits for the return’s delivery, is asked once, and never when no return comes', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'RETURN_AND_REFUND' });
    await kit.answerHold(o, id, 'REFUSED');
    expect((await respond(id, { action: 'ACCEPT', message: 'Send it back.' })).body).toMatchObject({ state: 'AWAITING_RETURN', moneyHeld: false, refundAmount: 1_250_000 });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ outcome: 'RETURN_AND_REFUND', refundAmount: 1_250_000, moneyHeld: false });
    await kit.returnShipment(o, 'first-scanned');
    expect(await kit.eventTypes(o.orderId)).not.toContain('disputes.clawback-requested');
    await kit.advance(2 * DAY);
    await kit.returnShipment(o, 'delivered');
    const row = await kit.dispute(id);
    expect(row).toMatchObject({ state: 'RESOLVED', moneyHeld: false });
    expect(row.clawbackRequestedAt).not.toBeNull();
    const clawback = await dataOf(o, 'disputes.clawback-requested');
    expect(clawback).toMatchObject({ disputeId: id, amount: 1_250_000, causeEventId: row.resolutionEventId, requestedAt: (row.returnDeliveredAt as Date).toISOString() });
    await kit.returnShipment(o, 'delivered');
    expect(await kit.eventData(o.orderId, 'disputes.clawback-requested')).toHaveLength(1);

    const o2 = await order();
    const id2 = await kit.fileDispute(o2, { requestedOutcome: 'RETURN_AND_REFUND' });
    await kit.answerHold(o2, id2, 'REFUSED');
    await respond(id2, { action: 'ACCEPT', message: 'Send it back.' });
    await kit.advance(7 * DAY + 60_000);
    expect((await kit.dispute(id2)).state).toBe('CLOSED');
    expect(await kit.eventTypes(o2.orderId)).not.toContain('disputes.clawback-requested');
  });
});

describe('withdrawal', () => {
  it('the buyer withdraws with an offer pending: WITHDRAWN, the offer withdrawn, no deadline left; not after an outcome', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'OFFER_PARTIAL', amount: 100_000, message: 'Offer' });
    const res = await buyer(o, id, 'withdraw', { message: 'Sorted it out with the seller.' });
    expect(res.body).toMatchObject({ state: 'WITHDRAWN', currentDeadline: null });
    expect(await dataOf(o, 'disputes.dispute-withdrawn')).toMatchObject({ disputeId: id });
    await kit.advance(3 * DAY);
    expect(await kit.eventTypes(o.orderId)).not.toContain('disputes.dispute-escalated');
    expect((await buyer(o, id, 'offer-response', { decision: 'ACCEPT' })).status).toBe(409);

    const o2 = await order();
    const id2 = await kit.fileDispute(o2);
    await respond(id2, { action: 'ACCEPT', message: 'OK' });
    const late = await buyer(o2, id2, 'withdraw');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ state: 'RESOLVED' });
  });
});

describe('escrow’s answer to the hold', () => {
  it('accepted: money held, recorded once', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await kit.answerHold(o, id, 'ACCEPTED');
    await kit.answerHold(o, id, 'REFUSED');
    expect((await kit.dispute(id)).moneyHeld).toBe(true);
    expect(await dataOf(o, 'disputes.hold-outcome-recorded')).toMatchObject({ outcome: 'ACCEPTED', moneyHeld: true, refusalReason: null });
  });

  it('accepted awaiting funds (COD not remitted yet): money held, and a mediator’s refund is no claw-back', async () => {
    const o = await kit.seedOrderFacts({ marketplaceId: shop.id, paymentMethod: 'COD', inspectionEndsAt: later(2 * DAY) });
    const id = await kit.fileDispute(o, { reason: 'COUNTERFEIT' });
    await kit.answerHold(o, id, 'AWAITING_FUNDS');
    expect((await kit.dispute(id)).moneyHeld).toBe(true);
    expect(await dataOf(o, 'disputes.hold-outcome-recorded')).toMatchObject({ outcome: 'ACCEPTED', moneyHeld: true, refusalReason: null });
    await respond(id, { action: 'REJECT', message: 'Genuine.', evidence: link });
    await buyer(o, id, 'escalate', { message: 'It is fake.' });
    const decided = await kit.call('POST', `/v1/disputes/${id}/decision`, kit.operatorToken('mediator'), { outcome: 'REFUND_FULL', reason: 'Fake logo.' });
    expect(decided.body).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_FULL', refundAmount: 1_250_000 });
    expect(await dataOf(o, 'disputes.dispute-resolved')).toMatchObject({ outcome: 'REFUND_FULL', refundAmount: 1_250_000, resolvedBy: 'MEDIATOR_DECISION', moneyHeld: true });
    expect(await kit.eventTypes(o.orderId)).not.toContain('disputes.clawback-requested');
    expect((await kit.dispute(id)).clawbackRequestedAt).toBeNull();
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'HOLD_ACCEPTED', 'MERCHANT_REJECTED', 'ESCALATED', 'DECIDED']);
  });

  it('refused before the outcome: the dispute goes on with no money held, and a refund becomes a claw-back request', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await kit.answerHold(o, id, 'REFUSED');
    expect(await dataOf(o, 'disputes.hold-outcome-recorded')).toMatchObject({ outcome: 'REFUSED', refusalReason: 'ALREADY_RELEASED', moneyHeld: false });
    await respond(id, { action: 'ACCEPT', message: 'OK' });
    const resolved = (await kit.events(o.orderId)).find((e) => e.type === 'disputes.dispute-resolved');
    expect(resolved?.data).toMatchObject({ moneyHeld: false, refundAmount: 1_250_000 });
    expect(await dataOf(o, 'disputes.clawback-requested')).toMatchObject({ amount: 1_250_000, causeEventId: (await kit.dispute(id)).resolutionEventId });
  });

  it('refused after the outcome: the claw-back is requested when the answer comes', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 200_000 });
    await respond(id, { action: 'ACCEPT', message: 'OK' });
    expect(await kit.eventTypes(o.orderId)).not.toContain('disputes.clawback-requested');
    await kit.answerHold(o, id, 'REFUSED');
    expect(await dataOf(o, 'disputes.clawback-requested')).toMatchObject({ amount: 200_000 });
  });

  it('no refund, no claw-back: a release to the seller with no money held asks for nothing', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await kit.answerHold(o, id, 'REFUSED');
    await respond(id, { action: 'REJECT', message: 'No.', evidence: link });
    await kit.advance(73 * HOUR);
    expect((await kit.dispute(id)).state).toBe('CLOSED');
    expect(await kit.eventTypes(o.orderId)).not.toContain('disputes.clawback-requested');
  });
});

describe('vulnerable consumers', () => {
  it('declared: the merchant has half the time (24 h), the mediator 36 h, and the case is a priority', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { vulnerable: { category: 'ELDERLY' } });
    const row = await kit.dispute(id);
    expect(Number(row.currentDueAt) - Number(row.openedAt)).toBe(24 * HOUR);
    expect(await dataOf(o, 'disputes.vulnerable-flag-changed')).toMatchObject({ change: 'DECLARED', vulnerable: true, category: 'ELDERLY', changedBy: null });
    await respond(id, { action: 'REJECT', message: 'No.', evidence: link });
    const rejected = await kit.dispute(id);
    expect(Number(rejected.currentDueAt) - Number(rejected.merchantRespondedAt)).toBe(72 * HOUR);
    await buyer(o, id, 'escalate', { message: 'Please help.' });
    const esc = await dataOf(o, 'disputes.dispute-escalated');
    expect(esc).toMatchObject({ priority: true });
    expect(Date.parse(String(esc.mediatorDueAt)) - Date.parse(String(esc.escalatedAt))).toBe(36 * HOUR);
  });

  it('a mediator confirms (correcting the category) or removes the flag, with a reason, recorded', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { vulnerable: { category: 'OTHER' } });
    const mediator = kit.operatorToken('mediator');
    const confirmed = await kit.call('POST', `/v1/disputes/${id}/vulnerable-flag`, mediator, { action: 'CONFIRM', category: 'SERIOUSLY_ILL', reason: 'Hospital certificate seen.' });
    expect(confirmed.status).toBe(200);
    expect(await kit.dispute(id)).toMatchObject({ vulnerable: true, vulnerableCategory: 'SERIOUSLY_ILL', vulnerableStatus: 'CONFIRMED' });
    const removed = await kit.call('POST', `/v1/disputes/${id}/vulnerable-flag`, mediator, { action: 'REMOVE', reason: 'Certificate was not the buyer’s.' });
    expect(removed.status).toBe(200);
    expect(await kit.dispute(id)).toMatchObject({ vulnerable: false, vulnerableCategory: 'SERIOUSLY_ILL', vulnerableStatus: 'REMOVED' });
    const changes = await kit.eventData(o.orderId, 'disputes.vulnerable-flag-changed');
    expect(changes.map((c) => [c.change, c.category, c.reason])).toEqual([
      ['DECLARED', 'OTHER', null],
      ['CONFIRMED', 'SERIOUSLY_ILL', 'Hospital certificate seen.'],
      ['REMOVED', null, 'Certificate was not the buyer’s.'],
    ]);
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'VULNERABLE_CONFIRMED', 'VULNERABLE_REMOVED']);
  });
});

describe('a vulnerable consumer’s case misses the mediator deadline', () => {
  it('raises a CRITICAL alert on platform.alerts once (36 h, reminded at 18 h: never in the first half)', async () => {
    const o = await order();
    const id = await kit.fileDispute(o, { vulnerable: { category: 'DISABLED' } });
    await respond(id, { action: 'REJECT', message: 'No.', evidence: link });
    await buyer(o, id, 'escalate', { message: 'Please help.' });
    const due = (await kit.dispute(id)).currentDueAt as Date;
    await kit.advance(18 * HOUR - 60_000);
    expect(await kit.eventData(o.orderId, 'disputes.deadline-reminder')).toEqual([]);
    await kit.advance(2 * 60_000);
    expect(await dataOf(o, 'disputes.deadline-reminder')).toMatchObject({ deadline: 'MEDIATOR_DECISION', recipientRole: 'MEDIATOR', dueAt: due.toISOString() });
    expect(await kit.operatorAlerts({ orderId: o.orderId })).toEqual([]);
    await kit.advance(18 * HOUR);
    const row = await kit.dispute(id);
    expect(row).toMatchObject({ state: 'ESCALATED', vulnerable: true });
    expect(row.mediatorBreachedAt).not.toBeNull();
    const [alert] = await kit.operatorAlerts({ orderId: o.orderId });
    expect(alert).toMatchObject({ code: 'MEDIATOR_DEADLINE_BREACHED', severity: 'CRITICAL', service: 'disputes', message: expect.stringContaining('vulnerable consumer') });
    const published = (await kit.db.query(`SELECT "topic", "key" FROM "disputes"."outbox" WHERE "type" = 'platform.operator-alert-raised' AND "envelope"->'data'->>'orderId' = $1`, [o.orderId])) as unknown[];
    expect(published).toEqual([{ topic: 'platform.alerts.v1', key: alert.alertId }]);
    expect(String((await kit.get('/metrics')).body.text)).toMatch(/tc_disputes_mediator_deadline_breaches_total\{[^}]*vulnerable="true"[^}]*\} [1-9]/);
    await kit.advance(2 * DAY);
    expect(await kit.operatorAlerts({ orderId: o.orderId })).toHaveLength(1);
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'MERCHANT_REJECTED', 'ESCALATED', 'MEDIATOR_DEADLINE_BREACHED']);
  });
});

describe('who may act', () => {
  it('another marketplace, another buyer, a viewer: 404 / 404 / 403, and nothing changes', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    expect((await respond(id, { action: 'ACCEPT', message: 'x' }, otherShop.apiKey)).status).toBe(404);
    const stranger = await order();
    expect((await kit.call('POST', `/v1/public/disputes/${id}/withdraw`, kit.buyerToken(stranger), {})).status).toBe(404);
    expect((await kit.call('POST', `/v1/disputes/${id}/decision`, kit.operatorToken('viewer'), { outcome: 'REFUND_FULL', reason: 'x' })).status).toBe(403);
    expect((await kit.call('POST', `/v1/disputes/${id}/responses`, undefined, { action: 'ACCEPT', message: 'x' })).status).toBe(401);
    expect((await kit.call('POST', `/v1/disputes/${id}/decision`, kit.operatorToken('mediator'), { outcome: 'REFUND_FULL', reason: 'x' })).status).toBe(409);
    expect((await respond('7d0c1f3e-0000-4000-8000-000000000000', { action: 'ACCEPT', message: 'x' })).status).toBe(404);
    expect(await kit.trailKinds(id)).toEqual(['FILED']);
  });

  it('a retried answer with the same Idempotency-Key is answered as the first was, and applied once', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    const send = () =>
      fetch(`${kit.baseUrl}/v1/disputes/${id}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${shop.apiKey}`, 'idempotency-key': `resp-${id}` },
        body: JSON.stringify({ action: 'ACCEPT', message: 'Refund approved.' }),
      });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect(await kit.eventData(o.orderId, 'disputes.dispute-resolved')).toHaveLength(1);
  });

  it('a second answer is refused (409 naming the state)', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    await respond(id, { action: 'REJECT', message: 'No.', evidence: link });
    const again = await respond(id, { action: 'ACCEPT', message: 'Changed my mind.' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ state: 'AWAITING_BUYER_ESCALATION' });
  });

  it('messages with more evidence from each party join the trail and move nothing', async () => {
    const o = await order();
    const id = await kit.fileDispute(o);
    expect((await buyer(o, id, 'messages', { message: 'More photos.', evidence: [{ url: 'https://photos.example/a' }] })).status).toBe(200);
    expect((await kit.call('POST', `/v1/disputes/${id}/messages`, shop.apiKey, { message: 'Courier slip attached.', evidence: [{ url: 'https://shop.example/slip' }] })).status).toBe(200);
    expect((await kit.call('POST', `/v1/disputes/${id}/messages`, kit.operatorToken('mediator'), { message: 'Please send the invoice.' })).status).toBe(200);
    expect(await kit.trailKinds(id)).toEqual(['FILED', 'REPLY', 'REPLY', 'REPLY']);
    expect((await kit.dispute(id)).state).toBe('AWAITING_MERCHANT');
  });
});
