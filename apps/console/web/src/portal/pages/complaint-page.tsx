import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error';
import { DISPUTE_REASONS, type PublicOrder, REQUESTED_OUTCOMES, VULNERABLE_CATEGORIES } from '../../api/wire-types';
import { usePortal } from '../../app/portal-context';
import { RequireSession } from '../../app/require-session';
import { ErrorAlert, Loading, Notice, RadioGroup, type Say, TextAreaField, TextField, useErrorMessage, usePageTitle } from '../../app/ui';
import { useBuyerLoad } from '../../app/use-buyer-load';
import { useSessionExpiry } from '../../app/use-session-expiry';
import { formatVnd } from '../../format/vnd';
import { useI18n } from '../../i18n/i18n-context';
import type { BuyerSession } from '../../session/buyer-session';
import { IdempotencyKeys } from '../../session/idempotency-key';
import { PhotoPicker } from '../components/photo-picker';
import { usePhotoUploads } from '../components/photo-uploads';
import { checkComplaint, complaintBody, type ComplaintErrors, type ComplaintForm } from '../forms';
import { summariseOrder } from '../order-summary';
import { paths } from '../paths';

/** Filing a complaint: the problem, what would settle it, photos (uploaded as they are picked), a declaration. */
export function ComplaintPage() {
  return <RequireSession>{(session) => <Complaint session={session} />}</RequireSession>;
}

function Complaint({ session }: { session: BuyerSession }) {
  const { m } = useI18n();
  const { api } = usePortal();
  const { code = '' } = useParams();
  usePageTitle(m.complaint.title);
  const order = useBuyerLoad(code, () => api.order(session.orderCode), [session.orderCode]);
  const data = order.data;
  const summary = data ? summariseOrder(data, session.disputeIds, Date.now()) : null;
  const openDispute = summary?.disputes.find((d) => d.open);

  return (
    <section className="card" aria-labelledby="complaint-title">
      <h1 id="complaint-title">{m.complaint.title}</h1>
      <ErrorAlert error={order.problem} />
      {order.loading && !data ? <Loading /> : null}
      {data && openDispute ? (
        <Notice tone="warning">
          <p>{m.problems.disputeAlreadyOpen}</p>
          <Link to={paths.dispute(data.code, openDispute.disputeId)}>{m.complaint.existingComplaint}</Link>
        </Notice>
      ) : null}
      {data && !openDispute ? <ComplaintFormView order={data} cod={summary?.cod ?? null} /> : null}
      <p>
        <Link to={paths.order(session.orderCode)}>{m.common.backToOrder}</Link>
      </p>
    </section>
  );
}

const WAIT_FOR_UPLOADS: Say = (m) => m.complaint.waitForUploads;
const REMOVE_FAILED_PHOTOS: Say = (m) => m.complaint.removeFailedPhotos;

const EMPTY: ComplaintForm = { reason: '', description: '', requestedOutcome: '', amount: '', vulnerable: false, vulnerableCategory: '' };

function ComplaintFormView({ order, cod }: { order: PublicOrder; cod: boolean | null }) {
  const { m } = useI18n();
  const { api, sessions } = usePortal();
  const navigate = useNavigate();
  const expired = useSessionExpiry(order.code);
  const uploads = usePhotoUploads(expired);
  const keys = useRef(new IdempotencyKeys());
  const [form, setForm] = useState<ComplaintForm>(EMPTY);
  const [errors, setErrors] = useState<ComplaintErrors>({});
  const [blocked, setBlocked] = useState<Say | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = useErrorMessage(failure, { cod: cod ?? undefined });
  const total = formatVnd(order.totalAmount);
  const set = (patch: Partial<ComplaintForm>): void => setForm((f) => ({ ...f, ...patch }));

  const localError = (field: keyof ComplaintErrors): string | undefined => {
    const e = errors[field];
    if (!e) return undefined;
    if (field === 'reason') return m.complaint.reasonRequired;
    if (field === 'requestedOutcome') return m.complaint.outcomeRequired;
    if (field === 'requestedAmount') return m.complaint.amountInvalid(total);
    if (field === 'vulnerable') return m.complaint.categoryRequired;
    return e === 'required' ? m.common.required : m.problems.fields.description;
  };
  const fieldError = (field: keyof ComplaintErrors | 'evidence'): string | undefined =>
    (field === 'evidence' ? undefined : localError(field)) ?? problem?.fields[field];

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const found = checkComplaint(form, order.totalAmount);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const blocker = uploads.busy ? WAIT_FOR_UPLOADS : uploads.failed ? REMOVE_FAILED_PHOTOS : null;
    setBlocked(() => blocker);
    if (blocker) return;
    const body = complaintBody(form, order.code, uploads.evidence());
    setBusy(true);
    try {
      const filed = await api.fileDispute(body, keys.current.keyFor(body));
      sessions.rememberDispute(filed.disputeId);
      navigate(paths.dispute(order.code, filed.disputeId), { state: { notice: 'complaintFiled' } });
    } catch (e) {
      if (expired(e)) return;
      if (e instanceof ApiError && e.type === 'dispute-already-open' && typeof e.problem?.disputeId === 'string') sessions.rememberDispute(e.problem.disputeId);
      setFailure(e);
      setBusy(false);
    }
  };

  const existing = failure instanceof ApiError && typeof failure.problem?.disputeId === 'string' ? failure.problem.disputeId : null;

  return (
    <>
      <p>{m.complaint.intro}</p>
      {problem ? (
        <div className="alert alert-error" role="alert">
          <p>{problem.message}</p>
          {existing ? <Link to={paths.dispute(order.code, existing)}>{m.complaint.existingComplaint}</Link> : null}
          {problem.reference ? <p className="small">{m.problems.correlation(problem.reference)}</p> : null}
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <RadioGroup
          name="reason"
          legend={m.complaint.reasonLegend}
          options={DISPUTE_REASONS.map((r) => ({ value: r, label: m.complaint.reasons[r] }))}
          value={form.reason}
          onChange={(reason) => set({ reason })}
          error={fieldError('reason')}
        />
        <TextAreaField
          id="description"
          label={m.complaint.descriptionLabel}
          hint={m.complaint.descriptionHint}
          error={fieldError('description')}
          value={form.description}
          onChange={(e) => set({ description: e.target.value })}
          rows={5}
          maxLength={5000}
          required
        />
        <RadioGroup
          name="requestedOutcome"
          legend={m.complaint.outcomeLegend}
          options={REQUESTED_OUTCOMES.map((o) => ({ value: o, label: m.complaint.outcomes[o](total) }))}
          value={form.requestedOutcome}
          onChange={(requestedOutcome) => set({ requestedOutcome })}
          error={fieldError('requestedOutcome')}
        />
        {form.requestedOutcome === 'REFUND_PARTIAL' ? (
          <TextField
            id="amount"
            label={m.complaint.amountLabel}
            hint={m.complaint.amountHint(total)}
            error={fieldError('requestedAmount')}
            value={form.amount}
            onChange={(e) => set({ amount: e.target.value })}
            inputMode="numeric"
            autoComplete="off"
            required
          />
        ) : null}
        <PhotoPicker uploads={uploads} />
        {problem?.fields.evidence ? <p className="field-error">{problem.fields.evidence}</p> : null}
        <div className={`field${fieldError('vulnerable') ? ' field-invalid' : ''}`}>
          <label className="choice">
            <input type="checkbox" checked={form.vulnerable} onChange={(e) => set({ vulnerable: e.target.checked })} aria-describedby="vulnerable-hint" />
            <span>{m.complaint.vulnerableLabel}</span>
          </label>
          <p className="hint" id="vulnerable-hint">
            {m.complaint.vulnerableHint}
          </p>
          {form.vulnerable ? (
            <>
              <label htmlFor="vulnerable-category">{m.complaint.vulnerableCategoryLabel}</label>
              <select
                id="vulnerable-category"
                value={form.vulnerableCategory}
                onChange={(e) => set({ vulnerableCategory: e.target.value })}
                aria-invalid={fieldError('vulnerable') ? true : undefined}
                aria-describedby={fieldError('vulnerable') ? 'vulnerable-error' : undefined}
              >
                <option value="">{m.complaint.chooseCategory}</option>
                {VULNERABLE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {m.complaint.vulnerableCategories[c]}
                  </option>
                ))}
              </select>
              {fieldError('vulnerable') ? (
                <p className="field-error" id="vulnerable-error">
                  {fieldError('vulnerable')}
                </p>
              ) : null}
            </>
          ) : null}
        </div>
        {blocked ? <Notice tone="warning">{blocked(m)}</Notice> : null}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? m.common.sending : m.complaint.submit}
        </button>
      </form>
    </>
  );
}
