import { vndToWire } from '@trustcircle/kernel';
import type { StatementReconciliationResponse } from '../../api/dto/statement-reconciliation.response';
import { ReconciliationLineResponse } from '../../api/dto/reconciliation-line.response';
import type { StatementComparison } from '../../domain/statement-comparison';

/** What identifies a reconciliation revision. */
export interface ReconciliationHeader {
  reconciliationId: string;
  partnerId: string;
  businessDate: string;
  revision: number;
  reconciledAt: Date;
}

/** The answer to a statement (wire form; stored with the reconciliation, so a repeat answers the same). */
export function reconciliationResult(h: ReconciliationHeader, c: StatementComparison): StatementReconciliationResponse {
  return {
    reconciliationId: h.reconciliationId,
    partnerId: h.partnerId,
    businessDate: h.businessDate,
    revision: h.revision,
    balanced: c.balanced,
    counts: { matched: c.matched.length, oursOnly: c.oursOnly.length, theirsOnly: c.theirsOnly.length, amountMismatches: c.amountMismatches.length },
    matched: c.matched.map((m) => ({ kind: m.kind, reference: m.reference, line: m.theirs.index, amount: vndToWire(m.ours.amount), id: m.ours.id, orderId: m.ours.orderId })),
    oursOnly: c.oursOnly.map((l) => ReconciliationLineResponse.of(l)),
    theirsOnly: c.theirsOnly.map((t) => ({ kind: t.line.kind, reference: t.line.reference, line: t.line.index, amount: vndToWire(t.line.amount), duplicate: t.duplicate })),
    amountMismatches: c.amountMismatches.map((m) => ({
      kind: m.kind,
      reference: m.reference,
      line: m.theirs.index,
      ourAmount: vndToWire(m.ourAmount),
      theirAmount: vndToWire(m.theirAmount),
      id: m.ours.id,
      orderId: m.ours.orderId,
    })),
    reconciledAt: h.reconciledAt.toISOString(),
  };
}
