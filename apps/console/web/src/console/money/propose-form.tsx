import { type FormEvent, useEffect, useRef, useState } from 'react';
import { IdempotencyKeys } from '../../session/idempotency-key';
import { DeskAlert, DeskStatus, useDeskAction } from '../desk-kit/desk-ui';
import type { MoneyApi } from './money-api';
import { ACTION_OPTIONS, blankProposal, checkProposal, MAX_REASON, type PostingDraft, type ProposalDraft, type ProposalField, orderRefOf, pickOrder } from './money-forms';
import type { EscrowManualAction, ManualActionKind } from './money-types';

/** The order the page was opened for (`?orderId=`), once its code is known (null: the console does not know it). */
export interface Prefill {
  orderId: string;
  code: string | null;
}

/** Proposing a manual money action (admins): nothing moves until another admin approves. */
export function ProposeForm({
  api,
  initialOrder,
  prefill,
  accountCodes,
  onProposed,
}: {
  api: MoneyApi;
  /** The order id the page was opened for (`?orderId=`), shown until its code is known; '' for none. */
  initialOrder: string;
  prefill: Prefill | null;
  /** Ledger account codes of the prefilled order's escrow, offered for a correcting entry's lines. */
  accountCodes: readonly string[];
  onProposed(action: EscrowManualAction, orderCode: string | null): void;
}) {
  const [draft, setDraft] = useState<ProposalDraft>(() => blankProposal(prefill ? (prefill.code ?? prefill.orderId) : initialOrder));
  const [errors, setErrors] = useState<Partial<Record<ProposalField, string>>>({});
  const action = useDeskAction();
  const keys = useRef(new IdempotencyKeys());
  const touched = useRef(false);

  useEffect(() => {
    if (prefill && !touched.current) setDraft((d) => ({ ...d, order: prefill.code ?? prefill.orderId }));
  }, [prefill]);

  const set = (patch: Partial<ProposalDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setLine = (i: number, patch: Partial<PostingDraft>) => setDraft((d) => ({ ...d, postings: d.postings.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkProposal(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const body = checked.body;
    const answer: { action: EscrowManualAction | null; code: string | null } = { action: null, code: null };
    const ok = await action.run(
      'propose',
      async () => {
        const ref = checked.order;
        const hit = pickOrder(await api.findOrders(ref.by === 'code' ? ref.code : ref.orderId), ref);
        if (!hit && ref.by === 'code') {
          setErrors({ order: `The console knows no order ${ref.code}.` });
          throw new OrderNotFound();
        }
        const orderId = hit?.orderId ?? (ref.by === 'id' ? ref.orderId : '');
        answer.code = hit?.code ?? null;
        answer.action = await api.propose(orderId, body, keys.current.keyFor({ orderId, ...body }));
      },
      'Proposed: another admin must approve it before any money moves.',
    );
    if (ok && answer.action) {
      touched.current = false;
      setDraft(blankProposal(draft.order));
      onProposed(answer.action, answer.code);
    }
  };

  const kind = draft.kind;
  const hint = ACTION_OPTIONS.find((o) => o.value === kind)?.amountHint ?? 'Whole VND.';
  const field = (name: ProposalField) => (errors[name] ? ' field-invalid' : '');
  const described = (name: ProposalField, withHint = false) => [withHint ? `propose-${name}-hint` : '', errors[name] ? `propose-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (name: ProposalField) =>
    errors[name] ? (
      <p className="field-error" id={`propose-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  return (
    <section className="card desk-section" aria-labelledby="propose-title">
      <h2 id="propose-title">New proposal</h2>
      <form className="desk-form" aria-label="Propose a manual action" onSubmit={(e) => void submit(e)} noValidate>
        <div className="desk-grid">
          <div className={`field${field('order')}`}>
            <label htmlFor="propose-order">Order code</label>
            <input
              id="propose-order"
              autoComplete="off"
              spellCheck={false}
              value={draft.order}
              onChange={(e) => {
                touched.current = true;
                set({ order: e.target.value });
              }}
              aria-invalid={errors.order ? true : undefined}
              aria-describedby={described('order')}
            />
            {error('order')}
          </div>
          <div className={`field${field('kind')}`}>
            <label htmlFor="propose-kind">Action</label>
            <select id="propose-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as ManualActionKind | '' })} aria-invalid={errors.kind ? true : undefined} aria-describedby={described('kind')}>
              <option value="">Choose…</option>
              {ACTION_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {error('kind')}
          </div>
          <div className={`field${field('amount')}`}>
            <label htmlFor="propose-amount">Amount (VND)</label>
            <input id="propose-amount" inputMode="numeric" autoComplete="off" value={draft.amount} onChange={(e) => set({ amount: e.target.value })} aria-invalid={errors.amount ? true : undefined} aria-describedby={described('amount', true)} />
            <p className="hint" id="propose-amount-hint">
              {hint}
            </p>
            {error('amount')}
          </div>
          <div className={`field${field('disputeId')}`}>
            <label htmlFor="propose-dispute">Dispute id (optional)</label>
            <input id="propose-dispute" autoComplete="off" spellCheck={false} value={draft.disputeId} onChange={(e) => set({ disputeId: e.target.value })} aria-invalid={errors.disputeId ? true : undefined} aria-describedby={described('disputeId')} />
            {error('disputeId')}
          </div>
        </div>
        {kind === 'CORRECTING_ENTRY' ? (
          <fieldset className={`field${field('postings')}`} aria-describedby={described('postings', true)}>
            <legend>Correcting entry lines</legend>
            <p className="hint" id="propose-postings-hint">
              Balanced lines on this escrow’s ledger accounts (their codes are in the order’s ledger lines), the fee revenue, partner clearing or the seller’s receivable.
            </p>
            {draft.postings.map((l, i) => (
              <div key={i} className="desk-actions">
                <div className="field">
                  <label htmlFor={`posting-${i}-account`}>Line {i + 1} account</label>
                  <input id={`posting-${i}-account`} list="ledger-account-codes" spellCheck={false} value={l.accountCode} onChange={(e) => setLine(i, { accountCode: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`posting-${i}-side`}>Line {i + 1} side</label>
                  <select id={`posting-${i}-side`} value={l.side} onChange={(e) => setLine(i, { side: e.target.value === 'CREDIT' ? 'CREDIT' : 'DEBIT' })}>
                    <option value="DEBIT">Debit</option>
                    <option value="CREDIT">Credit</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`posting-${i}-amount`}>Line {i + 1} amount</label>
                  <input id={`posting-${i}-amount`} inputMode="numeric" value={l.amount} onChange={(e) => setLine(i, { amount: e.target.value })} />
                </div>
                {draft.postings.length > 2 ? (
                  <button type="button" className="button small" onClick={() => set({ postings: draft.postings.filter((_, j) => j !== i) })}>
                    Remove line {i + 1}
                  </button>
                ) : null}
              </div>
            ))}
            <datalist id="ledger-account-codes">
              {accountCodes.map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
            {draft.postings.length < 20 ? (
              <button type="button" className="button small" onClick={() => set({ postings: [...draft.postings, { accountCode: '', side: 'DEBIT', amount: '' }] })}>
                Add a line
              </button>
            ) : null}
            {error('postings')}
          </fieldset>
        ) : null}
        <div className={`field${field('reason')}`}>
          <label htmlFor="propose-reason">Reason</label>
          <textarea id="propose-reason" rows={3} maxLength={MAX_REASON} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} aria-invalid={errors.reason ? true : undefined} aria-describedby={described('reason')} />
          {error('reason')}
        </div>
        {orderRefOf(draft.order)?.by === 'id' && prefill && prefill.code === null ? <p className="hint">The console does not know this order’s code yet; the proposal goes to its id.</p> : null}
        {action.failure instanceof OrderNotFound ? null : <DeskAlert error={action.failure} />}
        {action.done ? <DeskStatus>{action.done}</DeskStatus> : null}
        <button type="submit" className="button primary" disabled={action.busy !== null}>
          {action.busy ? 'Proposing…' : 'Propose'}
        </button>
      </form>
    </section>
  );
}

/** The order code matched no order (shown on the field, not as an alert). */
class OrderNotFound extends Error {
  constructor() {
    super('order not found');
    this.name = 'OrderNotFound';
  }
}
