import type { DisputeOffer, DisputeView } from '../api/wire-types';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { buyerActionsOf, deadlineText, moneyText } from './dispute-actions';

const NOW = Date.parse('2026-11-30T00:00:00Z');
const LATER = '2026-12-01T14:30:00.000Z';
const EARLIER = '2026-11-29T14:30:00.000Z';

const view = (state: string, over: Partial<DisputeView> = {}): DisputeView => ({
  disputeId: 'd-1',
  orderId: 'o-1',
  orderCode: 'TC-7KQ4-M2XD',
  state,
  statusText: { vi: '…', en: '…' },
  reason: 'DAMAGED',
  description: 'Vỡ màn hình',
  requestedOutcome: 'REFUND_FULL',
  requestedAmount: null,
  orderTotal: 1_235_000,
  vulnerable: null,
  moneyHeld: true,
  holdRefusalReason: null,
  currentDeadline: { deadline: 'MERCHANT_RESPONSE', actor: 'MERCHANT', dueAt: LATER, dueAtLocal: '2026-12-01T21:30:00+07:00' },
  merchantResponseDueAt: LATER,
  merchantResponseDueAtLocal: '2026-12-01T21:30:00+07:00',
  merchantRespondedAt: null,
  merchantAction: null,
  escalatedAt: null,
  mediatorDueAt: null,
  openedAt: '2026-11-29T00:00:00.000Z',
  openedAtLocal: '2026-11-29T07:00:00+07:00',
  finishedAt: null,
  offers: [],
  messages: [],
  evidence: [],
  outcome: null,
  afterDecision: null,
  ...over,
});
const offer = (state: string, buyerDueAt: string): DisputeOffer => ({
  offerId: 'of-1',
  amount: 300_000,
  state,
  madeAt: EARLIER,
  madeAtLocal: EARLIER,
  buyerDueAt,
  buyerDueAtLocal: buyerDueAt,
  answeredAt: null,
  answeredAtLocal: null,
});

describe(buyerActionsOf.name, () => {
  it('while the seller has to answer: withdraw or add information', () => {
    expect(buyerActionsOf(view('AWAITING_MERCHANT'), NOW)).toEqual({ pendingOffer: null, escalate: false, withdraw: true, reply: true });
  });

  it('answers a pending offer only before its deadline', () => {
    const pending = offer('PENDING', LATER);
    expect(buyerActionsOf(view('OFFER_PENDING', { offers: [offer('DECLINED', EARLIER), pending] }), NOW).pendingOffer).toBe(pending);
    expect(buyerActionsOf(view('OFFER_PENDING', { offers: [offer('PENDING', EARLIER)] }), NOW).pendingOffer).toBeNull();
  });

  it('escalates after a rejection only before the escalation deadline', () => {
    const deadline = (dueAt: string) => ({ deadline: 'BUYER_ESCALATION', actor: 'BUYER', dueAt, dueAtLocal: dueAt });
    expect(buyerActionsOf(view('AWAITING_BUYER_ESCALATION', { currentDeadline: deadline(LATER) }), NOW).escalate).toBe(true);
    expect(buyerActionsOf(view('AWAITING_BUYER_ESCALATION', { currentDeadline: deadline(EARLIER) }), NOW).escalate).toBe(false);
  });

  it('offers nothing but reading once the complaint is over, and no withdrawal once the money outcome is decided', () => {
    for (const state of ['RESOLVED', 'WITHDRAWN', 'CLOSED']) {
      expect(buyerActionsOf(view(state, { currentDeadline: null }), NOW)).toEqual({ pendingOffer: null, escalate: false, withdraw: false, reply: false });
    }
    expect(buyerActionsOf(view('AWAITING_RETURN'), NOW)).toMatchObject({ withdraw: false, reply: true });
    expect(buyerActionsOf(view('ESCALATED'), NOW)).toMatchObject({ withdraw: true, reply: true, escalate: false });
  });
});

describe(deadlineText.name, () => {
  it('says who must act, by when in Vietnam time, how long is left and what silence does', () => {
    expect(deadlineText(view('AWAITING_MERCHANT'), vi, NOW)).toBe(
      'Người bán phải trả lời trước 21:30 01/12/2026 (còn 1 ngày 14 giờ). Nếu không trả lời, bạn được giải quyết theo yêu cầu.',
    );
    expect(deadlineText(view('AWAITING_MERCHANT'), en, NOW)).toBe('The seller must answer by 21:30 01/12/2026 (1 d 14 h left). If they do not, you get what you asked for.');
    expect(deadlineText(view('RESOLVED', { currentDeadline: null }), vi, NOW)).toBe('Khiếu nại đã kết thúc.');
    expect(deadlineText(view('X', { currentDeadline: { deadline: 'NEW', actor: 'BUYER', dueAt: LATER, dueAtLocal: LATER } }), vi, NOW)).toBe(
      'Thời hạn tiếp theo: 21:30 01/12/2026 (còn 1 ngày 14 giờ).',
    );
  });
});

describe(moneyText.name, () => {
  it('says whether the money is held', () => {
    expect([true, false, null].map((moneyHeld) => moneyText(view('AWAITING_MERCHANT', { moneyHeld }), vi))).toEqual([vi.dispute.money.held, vi.dispute.money.notHeld, vi.dispute.money.pending]);
  });
});
