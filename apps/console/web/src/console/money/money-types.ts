/**
 * The money desk's answers and bodies: the console's queue (`GET /v1/admin/manual-actions`, read from escrow's
 * events, with the order code and the operators' names) and escrow's manual actions
 * (`/v1/escrows/{orderId}/manual-actions`, where admins propose, approve and reject). Amounts are whole VND.
 */

export const MANUAL_ACTION_KINDS = ['FORCE_REFUND', 'FORCE_RELEASE', 'CORRECTING_ENTRY', 'CLAWBACK'] as const;
export type ManualActionKind = (typeof MANUAL_ACTION_KINDS)[number];

export type ManualActionStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

/** An operator as the console's queue names them. */
export interface OperatorRef {
  operatorId: string;
  /** Null when the console does not know the operator. */
  name: string | null;
}

/** One manual action as the money desk lists it. */
export interface ManualActionItem {
  actionId: string;
  orderId: string;
  orderCode: string | null;
  escrowId: string;
  kind: string;
  amount: number | null;
  reason: string | null;
  disputeId: string | null;
  status: string;
  proposedBy: OperatorRef;
  proposedAt: string | null;
  decidedBy: OperatorRef | null;
  decidedAt: string | null;
  note: string | null;
}

export interface ManualActionPage {
  items: ManualActionItem[];
  nextCursor: string | null;
}

/** One line of a correcting entry. */
export interface CorrectionPosting {
  accountCode: string;
  side: 'DEBIT' | 'CREDIT';
  amount: number;
}

/** `POST /v1/escrows/{orderId}/manual-actions`. */
export interface ProposeBody {
  kind: ManualActionKind;
  amount?: number;
  reason: string;
  disputeId?: string;
  postings?: CorrectionPosting[];
}

/** Escrow's answer to a proposal or a decision. */
export interface EscrowManualAction {
  actionId: string;
  orderId: string;
  escrowId: string;
  kind: string;
  amount: number;
  reason: string;
  postings: CorrectionPosting[] | null;
  disputeId: string | null;
  status: ManualActionStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

/** An order found by the console's order search. */
export interface OrderHit {
  orderId: string;
  code: string | null;
  status: string | null;
  totalAmount: number | null;
}

/** The parts of `GET /v1/escrows/{orderId}` the proposal form shows. */
export interface EscrowMoney {
  orderId: string;
  orderCode: string;
  state: string;
  amounts: Record<string, number>;
  hold: { disputeId: string } | null;
  ledgerLines: Array<{ accountCode: string; accountType: string }>;
}
