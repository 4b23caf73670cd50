import { parseVndInput } from '../../format/vnd';
import { type CorrectionPosting, MANUAL_ACTION_KINDS, type ManualActionKind, type OrderHit, type ProposeBody } from './money-types';

/** The "Action" choices, as the form names them. */
export const ACTION_OPTIONS: ReadonlyArray<{ value: ManualActionKind; label: string; amountHint: string }> = [
  { value: 'FORCE_REFUND', label: 'Force refund', amountHint: 'Optional: must equal what escrow holds (blank: all of it).' },
  { value: 'FORCE_RELEASE', label: 'Force release', amountHint: 'Optional: must equal what escrow holds (blank: all of it).' },
  { value: 'CORRECTING_ENTRY', label: 'Correcting entry', amountHint: 'Optional: the total of the debit lines (blank: computed).' },
  { value: 'CLAWBACK', label: 'Claw-back', amountHint: 'Required: at most what was released to the seller.' },
];

/** A kind in words (unknown kinds spelled out). */
export function actionLabel(kind: string): string {
  return ACTION_OPTIONS.find((o) => o.value === kind)?.label ?? kind.replace(/_/g, ' ').toLowerCase();
}

/** One line of a correcting entry, as typed. */
export interface PostingDraft {
  accountCode: string;
  side: 'DEBIT' | 'CREDIT';
  amount: string;
}

/** The proposal form, as typed. */
export interface ProposalDraft {
  /** "Order code": `TC-7KQ4-M2XD` (any case) or the order id. */
  order: string;
  kind: ManualActionKind | '';
  amount: string;
  reason: string;
  disputeId: string;
  postings: PostingDraft[];
}

export type ProposalField = 'order' | 'kind' | 'amount' | 'reason' | 'disputeId' | 'postings';

/** How the operator named the order: its code or its id. */
export type OrderRef = { by: 'code'; code: string } | { by: 'id'; orderId: string };

const ORDER_CODE = /^TC-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The order typed in: an order code (upper-cased) or an order id (lower-cased); null for anything else. */
export function orderRefOf(text: string): OrderRef | null {
  const t = text.trim();
  if (ORDER_CODE.test(t.toUpperCase())) return { by: 'code', code: t.toUpperCase() };
  if (UUID.test(t)) return { by: 'id', orderId: t.toLowerCase() };
  return null;
}

/** The order a search answered for `ref`: exactly that code or id (a search also matches phones and external ids). */
export function pickOrder(hits: readonly OrderHit[], ref: OrderRef): OrderHit | null {
  return hits.find((h) => (ref.by === 'code' ? h.code?.toUpperCase() === ref.code : h.orderId.toLowerCase() === ref.orderId)) ?? null;
}

export const MAX_REASON = 1000;

export type ProposalCheck = { ok: true; order: OrderRef; body: ProposeBody } | { ok: false; errors: Partial<Record<ProposalField, string>> };

/**
 * Checks a proposal by escrow's rules (`ProposeManualActionBody`): an order; a kind; an amount in whole VND above 0
 * (required for a claw-back, optional otherwise); a reason of 1–1000 characters; a dispute id when given; for a
 * correcting entry 2–20 lines on named accounts, each a whole VND amount above 0, debits equal to credits (and
 * the amount, when given, equal to the debits).
 */
export function checkProposal(draft: ProposalDraft): ProposalCheck {
  const errors: Partial<Record<ProposalField, string>> = {};
  const order = orderRefOf(draft.order);
  if (!draft.order.trim()) errors.order = 'Enter the order code (like TC-7KQ4-M2XD).';
  else if (!order) errors.order = 'An order code looks like TC-7KQ4-M2XD.';
  const kind = (MANUAL_ACTION_KINDS as readonly string[]).includes(draft.kind) ? (draft.kind as ManualActionKind) : null;
  if (!kind) errors.kind = 'Choose an action.';

  let amount: number | undefined;
  const amountText = draft.amount.trim();
  if (amountText) {
    const parsed = parseVndInput(amountText);
    if (parsed === null) errors.amount = 'Enter a whole number of VND (no decimals).';
    else if (parsed < 1) errors.amount = 'The amount must be more than 0.';
    else amount = parsed;
  } else if (kind === 'CLAWBACK') errors.amount = 'A claw-back needs the amount to take back from the seller.';

  const reason = draft.reason.trim();
  if (!reason) errors.reason = 'Write why: the second admin and the audit read it.';
  else if (reason.length > MAX_REASON) errors.reason = `At most ${MAX_REASON} characters.`;

  const disputeId = draft.disputeId.trim();
  if (disputeId && !UUID.test(disputeId)) errors.disputeId = 'A dispute id is a UUID (leave it blank when there is none).';

  let postings: CorrectionPosting[] | undefined;
  if (kind === 'CORRECTING_ENTRY') {
    const checked = checkPostings(draft.postings);
    if (!checked.ok) errors.postings = checked.error;
    else {
      postings = checked.postings;
      if (amount !== undefined && amount !== checked.debits) errors.amount = `The amount must equal the debits (${checked.debits}) or be left blank.`;
    }
  }

  if (!order || !kind || Object.keys(errors).length > 0) return { ok: false, errors };
  const body: ProposeBody = { kind, reason };
  if (amount !== undefined) body.amount = amount;
  if (disputeId) body.disputeId = disputeId.toLowerCase();
  if (postings) body.postings = postings;
  return { ok: true, order, body };
}

/** A correcting entry's lines: 2–20, each named, whole VND above 0, balanced. */
export function checkPostings(lines: readonly PostingDraft[]): { ok: true; postings: CorrectionPosting[]; debits: number } | { ok: false; error: string } {
  const used = lines.filter((l) => l.accountCode.trim() || l.amount.trim());
  if (used.length < 2) return { ok: false, error: 'A correcting entry needs at least two lines.' };
  if (used.length > 20) return { ok: false, error: 'At most 20 lines.' };
  const postings: CorrectionPosting[] = [];
  for (const [i, l] of used.entries()) {
    const accountCode = l.accountCode.trim();
    if (!accountCode || accountCode.length > 200) return { ok: false, error: `Line ${i + 1}: enter the ledger account code.` };
    const amount = parseVndInput(l.amount);
    if (amount === null || amount < 1) return { ok: false, error: `Line ${i + 1}: enter a whole VND amount above 0.` };
    postings.push({ accountCode, side: l.side, amount });
  }
  const debits = postings.filter((p) => p.side === 'DEBIT').reduce((s, p) => s + p.amount, 0);
  const credits = postings.filter((p) => p.side === 'CREDIT').reduce((s, p) => s + p.amount, 0);
  if (debits !== credits) return { ok: false, error: `Debits (${debits}) and credits (${credits}) must be equal.` };
  return { ok: true, postings, debits };
}

/** A blank proposal (the order prefilled when the page was opened for one). */
export function blankProposal(order = ''): ProposalDraft {
  return {
    order,
    kind: '',
    amount: '',
    reason: '',
    disputeId: '',
    postings: [
      { accountCode: '', side: 'DEBIT', amount: '' },
      { accountCode: '', side: 'CREDIT', amount: '' },
    ],
  };
}
