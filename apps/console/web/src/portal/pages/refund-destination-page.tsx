import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error';
import type { RefundDestination, RefundMethod } from '../../api/wire-types';
import { usePortal } from '../../app/portal-context';
import { RequireSession } from '../../app/require-session';
import { ErrorAlert, Loading, Notice, RadioGroup, TextField, useErrorMessage, usePageTitle } from '../../app/ui';
import { useBuyerLoad } from '../../app/use-buyer-load';
import { useSessionExpiry } from '../../app/use-session-expiry';
import { formatVnTime } from '../../format/vn-time';
import { useI18n } from '../../i18n/i18n-context';
import type { BuyerSession } from '../../session/buyer-session';
import { checkRefundForm, COMMON_BANKS, EWALLETS, institutionName, refundBody, type RefundForm } from '../forms';
import { paths } from '../paths';

/**
 * A cash-on-delivery buyer gives (or corrects) the bank account or e-wallet a refund is paid to. Shows the one
 * saved, masked; escrow keeps the number and name sealed.
 */
export function RefundDestinationPage() {
  return <RequireSession>{(session) => <RefundDestinationView session={session} />}</RequireSession>;
}

function RefundDestinationView({ session }: { session: BuyerSession }) {
  const { m } = useI18n();
  const { api } = usePortal();
  const { code = '' } = useParams();
  usePageTitle(m.refund.title);
  const current = useBuyerLoad(code, () => api.refundDestination(session.orderCode), [session.orderCode]);
  const [saved, setSaved] = useState<RefundDestination | null>(null);
  const notCod = current.error instanceof ApiError && current.error.type === 'not-cash-on-delivery';
  const shown = saved ?? current.data;

  return (
    <section className="card" aria-labelledby="refund-title">
      <h1 id="refund-title">{m.refund.title}</h1>
      {notCod ? <Notice tone="warning">{m.refund.notCod}</Notice> : <ErrorAlert error={current.problem} />}
      {current.loading && current.data === null ? <Loading /> : null}
      {!notCod && (!current.loading || current.data !== null) ? (
        <>
          <p>{m.refund.intro}</p>
          <p className="hint">{m.refund.privacy}</p>
          {!current.error ? (
            <section aria-labelledby="current-title">
              <h2 id="current-title">{m.refund.currentHeading}</h2>
              <p>
                {shown
                  ? m.refund.current(m.refund.methods[shown.method] ?? shown.method, institutionName(shown.institutionCode), shown.accountNumberMasked, formatVnTime(shown.updatedAt))
                  : m.refund.none}
              </p>
            </section>
          ) : null}
          <RefundFormView orderCode={session.orderCode} onSaved={setSaved} />
        </>
      ) : null}
      <p>
        <Link to={paths.order(session.orderCode)}>{m.common.backToOrder}</Link>
      </p>
    </section>
  );
}

const EMPTY: RefundForm = { method: '', institutionCode: '', accountNumber: '', accountName: '' };

function RefundFormView({ orderCode, onSaved }: { orderCode: string; onSaved(destination: RefundDestination): void }) {
  const { m } = useI18n();
  const { api } = usePortal();
  const expired = useSessionExpiry(orderCode);
  const [form, setForm] = useState<RefundForm>(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<keyof RefundForm, 'required'>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RefundDestination | null>(null);
  const problem = useErrorMessage(failure);
  const set = (patch: Partial<RefundForm>): void => setForm((f) => ({ ...f, ...patch }));
  const fieldError = (field: keyof RefundForm): string | undefined => (missing[field] ? m.common.required : problem?.fields[field]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    const found = checkRefundForm(form);
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const destination = await api.saveRefundDestination(orderCode, refundBody(form));
      setDone(destination);
      onSaved(destination);
      setForm(EMPTY);
    } catch (e) {
      if (!expired(e)) setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const method = form.method;
  return (
    <section aria-labelledby="refund-form-title">
      <h2 id="refund-form-title">{m.refund.formHeading}</h2>
      {done ? <Notice tone="success">{m.refund.saved(institutionName(done.institutionCode), done.accountNumberMasked)}</Notice> : null}
      <ErrorAlert error={problem} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <RadioGroup
          name="method"
          legend={m.refund.methodLegend}
          options={(['BANK_ACCOUNT', 'EWALLET'] as RefundMethod[]).map((value) => ({ value, label: m.refund.methods[value] }))}
          value={method}
          onChange={(value) => set({ method: value as RefundMethod, institutionCode: '' })}
          error={fieldError('method')}
        />
        {method === 'BANK_ACCOUNT' ? (
          <>
            <TextField
              id="institution"
              label={m.refund.bankLabel}
              hint={m.refund.bankHint}
              error={fieldError('institutionCode')}
              value={form.institutionCode}
              onChange={(e) => set({ institutionCode: e.target.value })}
              list="banks"
              autoCapitalize="characters"
              autoComplete="off"
              required
            />
            <datalist id="banks">
              {COMMON_BANKS.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </datalist>
          </>
        ) : null}
        {method === 'EWALLET' ? (
          <div className={`field${fieldError('institutionCode') ? ' field-invalid' : ''}`}>
            <label htmlFor="wallet">{m.refund.walletLabel}</label>
            <select
              id="wallet"
              value={form.institutionCode}
              onChange={(e) => set({ institutionCode: e.target.value })}
              aria-invalid={fieldError('institutionCode') ? true : undefined}
              aria-describedby={fieldError('institutionCode') ? 'wallet-error' : undefined}
            >
              <option value="">{m.refund.chooseWallet}</option>
              {EWALLETS.map((w) => (
                <option key={w.code} value={w.code}>
                  {w.name}
                </option>
              ))}
            </select>
            {fieldError('institutionCode') ? (
              <p className="field-error" id="wallet-error">
                {fieldError('institutionCode')}
              </p>
            ) : null}
          </div>
        ) : null}
        {method ? (
          <>
            <TextField
              id="account-number"
              label={m.refund.accountNumberLabels[method]}
              error={fieldError('accountNumber')}
              value={form.accountNumber}
              onChange={(e) => set({ accountNumber: e.target.value })}
              inputMode={method === 'EWALLET' ? 'tel' : 'numeric'}
              autoComplete="off"
              required
              maxLength={40}
            />
            <TextField
              id="account-name"
              label={m.refund.accountNameLabel}
              hint={m.refund.accountNameHint}
              error={fieldError('accountName')}
              value={form.accountName}
              onChange={(e) => set({ accountName: e.target.value })}
              autoComplete="name"
              required
              maxLength={120}
            />
          </>
        ) : null}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? m.common.sending : m.refund.submit}
        </button>
      </form>
    </section>
  );
}
