import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ReceiptConfirmed } from '../../api/wire-types';
import { usePortal } from '../../app/portal-context';
import { RequireSession } from '../../app/require-session';
import { ErrorAlert, Loading, Notice, useErrorMessage, usePageTitle } from '../../app/ui';
import { useBuyerLoad } from '../../app/use-buyer-load';
import { useSessionExpiry } from '../../app/use-session-expiry';
import { formatVnd } from '../../format/vnd';
import { useI18n } from '../../i18n/i18n-context';
import type { BuyerSession } from '../../session/buyer-session';
import { summariseOrder } from '../order-summary';
import { paths } from '../paths';

/**
 * "I have received the goods": states what follows (the seller is paid now, no complaint after) and asks for an
 * explicit confirmation (a tick, then the button) before releasing the money.
 */
export function ConfirmReceiptPage() {
  return <RequireSession>{(session) => <ConfirmReceipt session={session} />}</RequireSession>;
}

function ConfirmReceipt({ session }: { session: BuyerSession }) {
  const { m } = useI18n();
  const { api } = usePortal();
  const { code = '' } = useParams();
  usePageTitle(m.confirm.title);
  const order = useBuyerLoad(code, () => api.order(session.orderCode), [session.orderCode]);
  const expired = useSessionExpiry(code);
  const [agreed, setAgreed] = useState(false);
  const [showTickError, setShowTickError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<ReceiptConfirmed | null>(null);
  const problem = useErrorMessage(failure);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!agreed) {
      setShowTickError(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      setDone(await api.confirmReceipt(session.orderCode));
    } catch (e) {
      if (!expired(e)) setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const back = (
    <p>
      <Link to={paths.order(session.orderCode)}>{m.common.backToOrder}</Link>
    </p>
  );

  if (done) {
    return (
      <section className="card" aria-labelledby="confirm-title">
        <h1 id="confirm-title">{m.confirm.title}</h1>
        <Notice tone="success">{done.alreadyReleased ? m.confirm.alreadyDone : m.confirm.done}</Notice>
        {back}
      </section>
    );
  }

  const data = order.data;
  const summary = data ? summariseOrder(data, session.disputeIds, Date.now()) : null;
  return (
    <section className="card" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{m.confirm.title}</h1>
      <ErrorAlert error={order.problem} />
      {order.loading && !data ? <Loading /> : null}
      {data && summary ? (
        summary.canConfirmReceipt ? (
          <>
            <section className="consequence" aria-labelledby="consequence-title">
              <h2 id="consequence-title">{m.confirm.consequenceHeading}</h2>
              <ul>
                {m.confirm.consequences(formatVnd(data.totalAmount), data.seller.name).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
            <p>{m.confirm.advice}</p>
            <ErrorAlert error={problem} />
            <form onSubmit={(e) => void submit(e)} noValidate>
              <div className={`field${showTickError && !agreed ? ' field-invalid' : ''}`}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={agreed}
                    onChange={(e) => setAgreed(e.target.checked)}
                    aria-describedby={showTickError && !agreed ? 'agree-error' : undefined}
                    aria-invalid={showTickError && !agreed ? true : undefined}
                  />
                  <span>{m.confirm.checkbox}</span>
                </label>
                {showTickError && !agreed ? (
                  <p className="field-error" id="agree-error">
                    {m.confirm.checkboxRequired}
                  </p>
                ) : null}
              </div>
              <button type="submit" className="button primary" disabled={busy}>
                {busy ? m.common.sending : m.confirm.submit}
              </button>
            </form>
            {summary.canComplain ? (
              <p>
                <Link to={paths.complaint(session.orderCode)}>{m.confirm.complainInstead}</Link>
              </p>
            ) : null}
          </>
        ) : (
          <Notice tone="warning">{m.confirm.notAvailable}</Notice>
        )
      ) : null}
      {back}
    </section>
  );
}
