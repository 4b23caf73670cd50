import { type FormEvent, useRef, useState } from 'react';
import { formatVnd } from '../../format/vnd';
import { IdempotencyKeys } from '../../session/idempotency-key';
import { DeskAlert, useDeskAction } from '../desk-kit/desk-ui';
import { checkDecision, DECISION_OPTIONS, type DecisionDraft, MAX_REASONING } from './decision-form';
import type { MediationApi } from './mediation-api';
import type { DecisionOutcome, DisputeCase } from './mediation-types';

type Errors = Partial<Record<'outcome' | 'amount' | 'reasoning', string>>;

/** The mediator's decision on an escalated dispute: outcome, amount (partial refunds), reasoning. Final. */
export function CaseDecision({ view, api, onDecided }: { view: DisputeCase; api: MediationApi; onDecided(): void }) {
  const [draft, setDraft] = useState<DecisionDraft>({ outcome: '', amount: '', reasoning: '' });
  const [errors, setErrors] = useState<Errors>({});
  const action = useDeskAction();
  const keys = useRef(new IdempotencyKeys());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDecision(draft, view.orderTotal);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const body = checked.body;
    const ok = await action.run('decide', () => api.decide(view.disputeId, body, keys.current.keyFor(body)), 'Decision recorded');
    if (ok) onDecided();
  };

  const set = (patch: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const partial = draft.outcome === 'REFUND_PARTIAL';

  return (
    <form className="card desk-section desk-form" aria-label="Decision" onSubmit={(e) => void submit(e)} noValidate>
      <h2>Decision</h2>
      <p className="small">
        Final on the platform. The order total is {formatVnd(view.orderTotal)}; the buyer asked for {view.requestedOutcome.replace(/_/g, ' ').toLowerCase()}
        {view.requestedAmount !== null ? ` (${formatVnd(view.requestedAmount)})` : ''}.
      </p>
      <fieldset className={`field radio-group${errors.outcome ? ' field-invalid' : ''}`} aria-describedby={errors.outcome ? 'decision-outcome-error' : undefined}>
        <legend>Outcome</legend>
        {DECISION_OPTIONS.map((o) => (
          <label key={o.value} className="choice">
            <input type="radio" name="decision-outcome" value={o.value} checked={draft.outcome === o.value} onChange={() => set({ outcome: o.value as DecisionOutcome })} />
            <span>{o.label}</span>
          </label>
        ))}
        {errors.outcome ? (
          <p className="field-error" id="decision-outcome-error">
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>
      {partial ? (
        <div className={`field${errors.amount ? ' field-invalid' : ''}`}>
          <label htmlFor="decision-amount">Refund amount (VND)</label>
          <input
            id="decision-amount"
            inputMode="numeric"
            autoComplete="off"
            value={draft.amount}
            onChange={(e) => set({ amount: e.target.value })}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={errors.amount ? 'decision-amount-hint decision-amount-error' : 'decision-amount-hint'}
          />
          <p className="hint" id="decision-amount-hint">
            Whole VND, more than 0 and less than {formatVnd(view.orderTotal)}.
          </p>
          {errors.amount ? (
            <p className="field-error" id="decision-amount-error">
              {errors.amount}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className={`field${errors.reasoning ? ' field-invalid' : ''}`}>
        <label htmlFor="decision-reasoning">Reasoning</label>
        <textarea
          id="decision-reasoning"
          rows={4}
          maxLength={MAX_REASONING}
          value={draft.reasoning}
          onChange={(e) => set({ reasoning: e.target.value })}
          aria-invalid={errors.reasoning ? true : undefined}
          aria-describedby={errors.reasoning ? 'decision-reasoning-hint decision-reasoning-error' : 'decision-reasoning-hint'}
        />
        <p className="hint" id="decision-reasoning-hint">
          Shown to both parties.
        </p>
        {errors.reasoning ? (
          <p className="field-error" id="decision-reasoning-error">
            {errors.reasoning}
          </p>
        ) : null}
      </div>
      <DeskAlert error={action.failure} />
      <button type="submit" className="button primary" disabled={action.busy !== null}>
        {action.busy ? 'Recording…' : 'Record decision'}
      </button>
    </form>
  );
}
