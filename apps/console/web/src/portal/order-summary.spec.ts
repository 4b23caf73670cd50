import type { PublicOrder, PublicTimelineEntry } from '../api/wire-types';
import { buyerTimeline, summariseOrder } from './order-summary';

const NOW = Date.parse('2026-11-30T00:00:00Z');
let minute = 0;
const fact = (f: string, detail: PublicTimelineEntry['detail'] = {}): PublicTimelineEntry => {
  const at = new Date(Date.parse('2026-11-20T00:00:00Z') + ++minute * 60_000).toISOString();
  return { at, atLocal: at, strand: 'MONEY', fact: f, statusAfter: null, detail };
};
const order = (status: string, timeline: PublicTimelineEntry[]): PublicOrder => ({
  code: 'TC-7KQ4-M2XD',
  status,
  placedAt: '2026-11-20T00:00:00.000Z',
  placedAtLocal: '2026-11-20T07:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  totalAmount: 1_235_000,
  currency: 'VND',
  seller: { name: 'Shop Hoa Mai' },
  buyer: { name: 'N***** V** A*', phone: '+8490****567' },
  timeline,
});
const prepaid = fact('ESCROW_OPENED', { paymentMethod: 'PREPAID', expectedAmount: 1_235_000 });
const cod = fact('ESCROW_OPENED', { paymentMethod: 'COD', expectedAmount: 1_235_000 });
const inspection = (endsAt: string) => fact('INSPECTION_STARTED', { shipmentId: 's-1', endsAt });

describe(summariseOrder.name, () => {
  it('offers confirming receipt and complaining while the inspection window runs', () => {
    const s = summariseOrder(order('DELIVERED', [prepaid, fact('ESCROW_FUNDED'), inspection('2026-12-02T14:30:00.000Z')]), [], NOW);
    expect(s).toEqual({
      cod: false,
      inspectionEndsAt: '2026-12-02T14:30:00.000Z',
      disputes: [],
      disputeOpen: false,
      canConfirmReceipt: true,
      canComplain: true,
      refundDestinationAmount: null,
    });
  });

  it('offers neither once the window has passed or ended', () => {
    const passed = summariseOrder(order('DELIVERED', [prepaid, inspection('2026-11-29T23:59:00.000Z')]), [], NOW);
    expect([passed.inspectionEndsAt, passed.canConfirmReceipt, passed.canComplain]).toEqual([null, false, false]);
    const ended = summariseOrder(order('INSPECTION_ENDED', [prepaid, inspection('2026-12-02T14:30:00.000Z'), fact('INSPECTION_ENDED', { reason: 'RECEIPT_CONFIRMED' })]), [], NOW);
    expect([ended.inspectionEndsAt, ended.canConfirmReceipt, ended.canComplain]).toEqual([null, false, false]);
  });

  it('lets a prepaid buyer complain from payment, a COD buyer only from delivery', () => {
    expect(summariseOrder(order('FUNDED', [prepaid, fact('ESCROW_FUNDED')]), [], NOW).canComplain).toBe(true);
    expect(summariseOrder(order('PICKED_UP', [prepaid, fact('ESCROW_FUNDED')]), [], NOW).canComplain).toBe(true);
    expect(summariseOrder(order('PLACED', [prepaid]), [], NOW).canComplain).toBe(false);
    expect(summariseOrder(order('PICKED_UP', [cod]), [], NOW).canComplain).toBe(false);
    expect(summariseOrder(order('DELIVERED', [cod, inspection('2026-12-02T14:30:00.000Z')]), [], NOW)).toMatchObject({ cod: true, canComplain: true, canConfirmReceipt: true });
    expect(summariseOrder(order('PLACED', []), [], NOW).cod).toBeNull();
  });

  it('lists complaints newest first, open until withdrawn or resolved, with this session’s filings first', () => {
    const timeline = [
      prepaid,
      inspection('2026-12-02T14:30:00.000Z'),
      fact('DISPUTE_OPENED', { disputeId: 'd-1', reason: 'DAMAGED' }),
      fact('DISPUTE_WITHDRAWN', { disputeId: 'd-1' }),
      fact('DISPUTE_OPENED', { disputeId: 'd-2', reason: 'DAMAGED' }),
    ];
    const s = summariseOrder(order('DISPUTED', timeline), ['d-3', 'd-2'], NOW);
    expect(s.disputes).toEqual([
      { disputeId: 'd-3', openedAt: null, open: true },
      { disputeId: 'd-2', openedAt: timeline[4].at, open: true },
      { disputeId: 'd-1', openedAt: timeline[2].at, open: false },
    ]);
    expect([s.disputeOpen, s.canComplain, s.canConfirmReceipt]).toEqual([true, false, false]);
  });

  it('blocks new complaints while one filed in this session is not on the timeline yet', () => {
    const s = summariseOrder(order('DELIVERED', [prepaid, inspection('2026-12-02T14:30:00.000Z')]), ['d-9'], NOW);
    expect([s.disputeOpen, s.canComplain, s.canConfirmReceipt]).toEqual([true, false, false]);
  });

  it('asks a COD buyer for a refund account when escrow needs one', () => {
    const s = summariseOrder(order('REFUNDED', [cod, fact('REFUNDED_FULL', { amount: 400_000 }), fact('REFUND_DESTINATION_REQUIRED', { amount: 400_000 })]), [], NOW);
    expect(s.refundDestinationAmount).toBe(400_000);
    // once the buyer gave an account, escrow issues the refund instruction: nothing more to ask
    const given = order('REFUNDED', [cod, fact('REFUNDED_FULL', { amount: 400_000 }), fact('REFUND_DESTINATION_REQUIRED', { amount: 400_000 }), fact('REFUND_INSTRUCTION_ISSUED', { amount: 400_000 })]);
    expect(summariseOrder(given, [], NOW).refundDestinationAmount).toBeNull();
    expect(summariseOrder(order('REFUNDED', [prepaid, fact('REFUND_DESTINATION_REQUIRED', { amount: 1 })]), [], NOW).refundDestinationAmount).toBeNull();
  });
});

describe(buyerTimeline.name, () => {
  it('shows the newest first and only the messages sent to the buyer', () => {
    const toBuyer = fact('MESSAGE_SENT', { channel: 'SMS', template: 't', recipientRole: 'BUYER' });
    const toMarketplace = fact('MESSAGE_SENT', { channel: 'WEBHOOK', template: 't', recipientRole: 'MARKETPLACE' });
    const funded = fact('ESCROW_FUNDED', { heldAmount: 1_235_000 });
    expect(buyerTimeline(order('FUNDED', [prepaid, funded, toMarketplace, toBuyer])).map((e) => e.fact)).toEqual(['MESSAGE_SENT', 'ESCROW_FUNDED', 'ESCROW_OPENED']);
  });

  it('leaves out the one-time codes the buyer asked for', () => {
    const code = fact('MESSAGE_SENT', { channel: 'SMS', template: 'buyer-otp@1', recipientRole: 'BUYER' });
    const placed = fact('MESSAGE_SENT', { channel: 'SMS', template: 'order-placed@1', recipientRole: 'BUYER' });
    expect(buyerTimeline(order('PLACED', [prepaid, placed, code])).map((e) => e.detail.template ?? e.fact)).toEqual(['order-placed@1', 'ESCROW_OPENED']);
  });
});
