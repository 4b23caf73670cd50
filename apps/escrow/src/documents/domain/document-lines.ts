import type { PayloadOf } from '@trustcircle/contracts';
import type { DocumentAmount, DocumentedEventType } from './electronic-document';

/** What a document says about its event: the amount lines, the facts, and when it happened. */
export interface DocumentLines {
  amounts: DocumentAmount[];
  facts: Record<string, string | number | boolean | null>;
  occurredAt: string;
}

type LinesOf = { [T in DocumentedEventType]: (d: PayloadOf<T>) => DocumentLines };

const line = (code: string, label: string, amount: number): DocumentAmount => ({ code, label, amount });

const LINES: LinesOf = {
  'escrow.escrow-funded': (d) => ({
    amounts: [line('HELD', 'Số tiền ký quỹ', d.heldAmount), ...(d.excessAmount > 0 ? [line('EXCESS', 'Số tiền thừa được hoàn lại', d.excessAmount)] : [])],
    facts: { source: d.source },
    occurredAt: d.fundedAt,
  }),
  'escrow.escrow-released': (d) => ({
    amounts: [line('RELEASED', 'Số tiền giải ngân', d.amount), line('FEE', 'Phí nền tảng', d.feeAmount), line('SELLER', 'Người bán nhận', d.sellerAmount)],
    facts: { reason: d.reason, afterPartialRefund: d.afterPartialRefund, disputeId: d.disputeId, feeBps: d.feeBps },
    occurredAt: d.releasedAt,
  }),
  'escrow.escrow-refunded': (d) => ({
    amounts: [line('REFUNDED', 'Số tiền hoàn cho người mua', d.amount)],
    facts: { refundType: d.refundType, reason: d.reason, disputeId: d.disputeId },
    occurredAt: d.refundedAt,
  }),
  'escrow.escrow-paid-out': (d) => ({
    amounts: [line('PAID_OUT', 'Số tiền đã chi trả cho người bán', d.amount)],
    facts: { instructionId: d.instructionId, partnerReference: d.partnerReference },
    occurredAt: d.paidOutAt,
  }),
  'escrow.cod-remitted': (d) => ({
    amounts: [line('REMITTED', 'Số tiền thu hộ đã nộp', d.amount)],
    facts: { remittanceId: d.remittanceId, trackingNumber: d.trackingNumber, bankReference: d.bankReference },
    occurredAt: d.remittedAt,
  }),
  'disputes.dispute-resolved': (d) => ({
    amounts: [line('REFUND_DECIDED', 'Số tiền hoàn theo quyết định', d.refundAmount)],
    facts: { disputeId: d.disputeId, outcome: d.outcome, moneyHeld: d.moneyHeld },
    occurredAt: d.resolvedAt,
  }),
  'escrow.partner-settlement-closed': (d) => ({
    amounts: [
      line('FUNDED', 'Tiền thanh toán đã nhận', d.fundedAmount),
      line('PAYOUT', 'Tiền đã chi trả cho người bán', d.payoutAmount),
      line('REFUND', 'Tiền đã hoàn cho người mua', d.refundAmount),
      line('FEE', 'Phí nền tảng', d.feeAmount),
    ],
    facts: { businessDate: d.businessDate, lineCount: d.lineCount },
    occurredAt: d.closedAt,
  }),
};

/** The amount lines, facts and time of the document of an event (pure; amounts stay whole VND). */
export function documentLinesOf<T extends DocumentedEventType>(type: T, data: PayloadOf<T>): DocumentLines {
  return (LINES[type] as (d: PayloadOf<T>) => DocumentLines)(data);
}
