import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { usePortal } from '../../app/portal-context';
import { ErrorAlert, Notice, type Say, TextField, useErrorMessage, usePageTitle } from '../../app/ui';
import { useI18n } from '../../i18n/i18n-context';
import { isPlausibleOrderCode, isPlausibleVnPhone, otpOf } from '../forms';
import { noticeOf, paths } from '../paths';

const NOTICES: Record<string, Say> = {
  sessionExpired: (m) => m.lookup.sessionExpired,
  codeNeeded: (m) => m.lookup.codeNeeded,
  signedOut: (m) => m.lookup.signedOut,
};
const CODE_RESENT: Say = (m) => m.lookup.codeResent;

/**
 * Step 1: order code and phone → the SMS code is sent (the answer is the same whether or not they match an order).
 * Step 2: the 6-digit code → a buyer token for that order (sessionStorage), then the order page.
 */
export function LookupPage() {
  const { m } = useI18n();
  const { api, sessions } = usePortal();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  usePageTitle(m.lookup.title);

  const [step, setStep] = useState<'details' | 'code'>('details');
  const [orderCode, setOrderCode] = useState(params.get('ma') ?? '');
  const [phone, setPhone] = useState('');
  const [otp, setOtp] = useState('');
  const [minutes, setMinutes] = useState(5);
  const [invalid, setInvalid] = useState<Record<string, Say>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<Say | null>(() => NOTICES[noticeOf(location.state) ?? ''] ?? null);
  const [busy, setBusy] = useState(false);
  const problem = useErrorMessage(failure);
  const fieldError = (name: string): string | undefined => invalid[name]?.(m) ?? problem?.fields[name];

  const sendCode = async (resend: boolean): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const accepted = await api.requestOtp(orderCode.trim(), phone.trim());
      setMinutes(Math.max(1, Math.round(accepted.expiresInSeconds / 60)));
      setStep('code');
      setNotice(resend ? () => CODE_RESENT : null);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const submitDetails = (event: FormEvent): void => {
    event.preventDefault();
    const problems: Record<string, Say> = {};
    if (!isPlausibleOrderCode(orderCode)) problems.orderCode = orderCode.trim() ? (mm) => mm.lookup.invalidOrderCode : (mm) => mm.common.required;
    if (!isPlausibleVnPhone(phone)) problems.phone = phone.trim() ? (mm) => mm.lookup.invalidPhone : (mm) => mm.common.required;
    setInvalid(problems);
    setNotice(null);
    setFailure(null);
    if (Object.keys(problems).length === 0) void sendCode(false);
  };

  const submitCode = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const code = otpOf(otp);
    setFailure(null);
    if (!code) {
      setInvalid({ otp: otp.trim() ? (mm) => mm.lookup.invalidOtp : (mm) => mm.common.required });
      return;
    }
    setInvalid({});
    setBusy(true);
    try {
      const session = await api.openSession(orderCode.trim(), phone.trim(), code);
      sessions.start(session.orderCode, session.accessToken, session.expiresAt);
      navigate(paths.order(session.orderCode));
    } catch (e) {
      setFailure(e);
      setBusy(false);
    }
  };

  if (step === 'details') {
    return (
      <section className="card" aria-labelledby="lookup-title">
        <h1 id="lookup-title">{m.lookup.title}</h1>
        <p>{m.lookup.intro}</p>
        {notice ? <Notice tone="warning">{notice(m)}</Notice> : null}
        <ErrorAlert error={problem} />
        <form onSubmit={submitDetails} noValidate>
          <TextField
            id="order-code"
            label={m.lookup.orderCodeLabel}
            hint={m.lookup.orderCodeHint}
            error={fieldError('orderCode')}
            value={orderCode}
            onChange={(e) => setOrderCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={32}
          />
          <TextField
            id="phone"
            label={m.lookup.phoneLabel}
            hint={m.lookup.phoneHint}
            error={fieldError('phone')}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            maxLength={32}
          />
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? m.common.sending : m.lookup.sendCode}
          </button>
        </form>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="otp-title">
      <h1 id="otp-title">{m.lookup.otpStepTitle}</h1>
      <p>{m.lookup.codeSent(minutes)}</p>
      {notice ? <Notice>{notice(m)}</Notice> : null}
      <ErrorAlert error={problem} />
      <form onSubmit={(e) => void submitCode(e)} noValidate>
        <TextField
          id="otp"
          label={m.lookup.otpLabel}
          error={fieldError('otp')}
          value={otp}
          onChange={(e) => setOtp(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          required
          autoFocus
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? m.common.sending : m.lookup.viewOrder}
        </button>
      </form>
      <div className="secondary-actions">
        <button type="button" className="button link" disabled={busy} onClick={() => void sendCode(true)}>
          {m.lookup.resend}
        </button>
        <button
          type="button"
          className="button link"
          onClick={() => {
            setStep('details');
            setOtp('');
            setFailure(null);
            setNotice(null);
          }}
        >
          {m.lookup.editDetails}
        </button>
      </div>
    </section>
  );
}
