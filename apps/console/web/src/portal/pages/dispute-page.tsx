import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { DisputeEvidence, DisputeView, EvidenceItem } from '../../api/wire-types';
import { usePortal } from '../../app/portal-context';
import { RequireSession } from '../../app/require-session';
import { ErrorAlert, Loading, Notice, type Say, TextAreaField, useErrorMessage, usePageTitle } from '../../app/ui';
import { useBuyerLoad } from '../../app/use-buyer-load';
import { useSessionExpiry } from '../../app/use-session-expiry';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { useI18n } from '../../i18n/i18n-context';
import type { BuyerSession } from '../../session/buyer-session';
import { IdempotencyKeys } from '../../session/idempotency-key';
import { ConfirmStep } from '../components/confirm-step';
import { PhotoPicker } from '../components/photo-picker';
import { usePhotoUploads } from '../components/photo-uploads';
import { buyerActionsOf, deadlineText, moneyText } from '../dispute-actions';
import { noticeOf, paths } from '../paths';

/** Following a complaint: where it stands and what comes next, the buyer's actions, the trail and the evidence. */
export function DisputePage() {
  return <RequireSession>{(session) => <Dispute session={session} />}</RequireSession>;
}

type Action = 'accept' | 'decline' | 'escalate' | 'withdraw' | 'reply';
const DONE: Record<Action, Say> = {
  accept: (m) => m.dispute.actionDone.offerAccepted,
  decline: (m) => m.dispute.actionDone.offerDeclined,
  escalate: (m) => m.dispute.actionDone.escalated,
  withdraw: (m) => m.dispute.actionDone.withdrawn,
  reply: (m) => m.dispute.actionDone.replied,
};

function Dispute({ session }: { session: BuyerSession }) {
  const { m, lang } = useI18n();
  const { api } = usePortal();
  const { code = '', disputeId = '' } = useParams();
  const location = useLocation();
  const expired = useSessionExpiry(code);
  usePageTitle(m.dispute.title(session.orderCode));
  const dispute = useBuyerLoad(code, () => api.dispute(disputeId), [disputeId]);
  const [busy, setBusy] = useState<Action | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const problem = useErrorMessage(failure);
  const keys = useRef<Record<Action, IdempotencyKeys>>({
    accept: new IdempotencyKeys(),
    decline: new IdempotencyKeys(),
    escalate: new IdempotencyKeys(),
    withdraw: new IdempotencyKeys(),
    reply: new IdempotencyKeys(),
  });

  const act = async (action: Action, run: (key: string) => Promise<unknown>, body: unknown): Promise<boolean> => {
    setBusy(action);
    setFailure(null);
    setDone(null);
    try {
      await run(keys.current[action].keyFor(body));
      setDone(action);
      dispute.reload();
      return true;
    } catch (e) {
      if (!expired(e)) setFailure(e);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const view = dispute.data;
  const now = Date.now();
  const actions = view ? buyerActionsOf(view, now) : null;

  return (
    <article aria-labelledby="dispute-title">
      <div className="page-head">
        <h1 id="dispute-title">{m.dispute.title(session.orderCode)}</h1>
        <div className="head-actions">
          <button type="button" className="button small" onClick={dispute.reload} disabled={dispute.loading}>
            {m.common.refresh}
          </button>
        </div>
      </div>
      {noticeOf(location.state) === 'complaintFiled' && !done ? <Notice tone="success">{m.complaint.filed}</Notice> : null}
      {done ? <Notice tone="success">{DONE[done](m)}</Notice> : null}
      <ErrorAlert error={problem} />
      <ErrorAlert error={dispute.problem} />
      {dispute.loading && !view ? <Loading /> : null}
      {view && actions ? (
        <>
          <section className="card status-card" aria-labelledby="dispute-status-title">
            <h2 id="dispute-status-title">{m.dispute.statusHeading}</h2>
            <p className={`status dispute-${view.state.toLowerCase()}`}>{lang === 'en' ? view.statusText.en : view.statusText.vi}</p>
            <p>{moneyText(view, m)}</p>
          </section>

          <section className="card" aria-labelledby="next-title">
            <h2 id="next-title">{m.dispute.nextStepHeading}</h2>
            <p>{deadlineText(view, m, now)}</p>
          </section>

          {actions.pendingOffer ? (
            <section className="card highlight" aria-labelledby="offer-title">
              <h2 id="offer-title">{m.dispute.offerHeading}</h2>
              <p>{m.dispute.offerText(formatVnd(actions.pendingOffer.amount), formatVnd(view.orderTotal), formatVnTime(actions.pendingOffer.buyerDueAt))}</p>
              <div className="stacked-actions">
                <ConfirmStep
                  primary
                  label={m.dispute.acceptOffer(formatVnd(actions.pendingOffer.amount))}
                  consequence={m.dispute.acceptOfferConsequence(formatVnd(actions.pendingOffer.amount))}
                  busy={busy !== null}
                  onConfirm={() => void act('accept', (key) => api.answerOffer(view.disputeId, 'ACCEPT', key), { decision: 'ACCEPT' })}
                />
                <ConfirmStep
                  label={m.dispute.declineOffer}
                  consequence={m.dispute.declineOfferConsequence}
                  busy={busy !== null}
                  onConfirm={() => void act('decline', (key) => api.answerOffer(view.disputeId, 'DECLINE', key), { decision: 'DECLINE' })}
                />
              </div>
            </section>
          ) : null}

          {actions.escalate ? (
            <MessageForm
              kind="escalate"
              heading={m.dispute.escalateHeading}
              intro={m.dispute.escalateIntro}
              label={m.dispute.escalateMessageLabel}
              submit={m.dispute.escalateSubmit}
              busy={busy !== null}
              onExpired={expired}
              onSend={(message, evidence) => act('escalate', (key) => api.escalate(view.disputeId, message, evidence, key), { message, evidence })}
            />
          ) : null}

          {view.outcome ? <Outcome view={view} /> : null}

          <section className="card" aria-labelledby="details-title">
            <h2 id="details-title">{m.dispute.detailsHeading}</h2>
            <dl className="facts">
              <dt>{m.dispute.reasonLabel}</dt>
              <dd>{m.complaint.reasons[view.reason] ?? view.reason}</dd>
              <dt>{m.dispute.requestLabel}</dt>
              <dd>{m.dispute.requests[view.requestedOutcome]?.(formatVnd(view.requestedAmount)) ?? view.requestedOutcome}</dd>
              <dt>{m.dispute.openedLabel}</dt>
              <dd>{formatVnTime(view.openedAt)}</dd>
              <dt>{m.dispute.descriptionLabel}</dt>
              <dd className="pre">{view.description}</dd>
            </dl>
          </section>

          {actions.reply ? (
            <MessageForm
              kind="reply"
              heading={m.dispute.replyHeading}
              label={m.dispute.replyLabel}
              submit={m.dispute.replySubmit}
              busy={busy !== null}
              onExpired={expired}
              onSend={(message, evidence) => act('reply', (key) => api.reply(view.disputeId, message, evidence, key), { message, evidence })}
            />
          ) : null}

          <Trail view={view} />
          <Evidence view={view} onExpired={expired} />

          {actions.withdraw ? (
            <section className="card" aria-labelledby="withdraw-title">
              <h2 id="withdraw-title">{m.dispute.withdrawHeading}</h2>
              <ConfirmStep
                label={m.dispute.withdrawSubmit}
                consequence={m.dispute.withdrawConsequence}
                busy={busy !== null}
                onConfirm={() => void act('withdraw', (key) => api.withdraw(view.disputeId, key), { withdraw: true })}
              />
            </section>
          ) : null}
        </>
      ) : null}
      <p>
        <Link to={paths.order(session.orderCode)}>{m.common.backToOrder}</Link>
      </p>
    </article>
  );
}

/** A message with photos: escalating to a mediator, or replying with more information. */
function MessageForm(props: {
  kind: 'escalate' | 'reply';
  heading: string;
  intro?: string;
  label: string;
  submit: string;
  busy: boolean;
  onExpired(error: unknown): boolean;
  onSend(message: string, evidence: EvidenceItem[]): Promise<boolean>;
}) {
  const { m } = useI18n();
  const uploads = usePhotoUploads(props.onExpired);
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState<Say | null>(null);
  const send = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const blocker: Say | null = !message.trim() ? (mm) => mm.dispute.messageRequired : uploads.busy ? (mm) => mm.complaint.waitForUploads : uploads.failed ? (mm) => mm.complaint.removeFailedPhotos : null;
    setInvalid(() => blocker);
    if (blocker) return;
    if (await props.onSend(message.trim(), uploads.evidence())) {
      setMessage('');
      uploads.clear();
    }
  };
  return (
    <section className="card" aria-labelledby={`${props.kind}-title`}>
      <h2 id={`${props.kind}-title`}>{props.heading}</h2>
      {props.intro ? <p>{props.intro}</p> : null}
      <form onSubmit={(e) => void send(e)} noValidate>
        <TextAreaField id={`${props.kind}-message`} label={props.label} error={invalid?.(m)} value={message} onChange={(e) => setMessage(e.target.value)} rows={4} maxLength={5000} required />
        <PhotoPicker uploads={uploads} />
        <button type="submit" className="button primary" disabled={props.busy}>
          {props.busy ? m.common.sending : props.submit}
        </button>
      </form>
    </section>
  );
}

function Outcome({ view }: { view: DisputeView }) {
  const { m, lang } = useI18n();
  const o = view.outcome;
  if (!o) return null;
  return (
    <section className="card highlight" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{m.dispute.outcomeHeading}</h2>
      <p className="strong">{m.dispute.outcomes[o.outcome] ?? o.outcome}</p>
      {o.refundAmount > 0 ? <p>{m.dispute.refundToYou(formatVnd(o.refundAmount))}</p> : null}
      {o.decisionReason ? (
        <>
          <h3>{m.dispute.decisionReason}</h3>
          <p className="pre">{o.decisionReason}</p>
        </>
      ) : null}
      {view.afterDecision ? (
        <>
          <h3>{m.dispute.afterDecisionHeading}</h3>
          <p>{lang === 'en' ? view.afterDecision.en : view.afterDecision.vi}</p>
          <ul>
            {view.afterDecision.options.map((option) => (
              <li key={option.code}>{lang === 'en' ? option.en : option.vi}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Trail({ view }: { view: DisputeView }) {
  const { m } = useI18n();
  if (view.messages.length === 0) return null;
  return (
    <section className="card" aria-labelledby="trail-title">
      <h2 id="trail-title">{m.dispute.trailHeading}</h2>
      <ol className="timeline">
        {[...view.messages].reverse().map((msg) => (
          <li key={msg.messageId}>
            <span className="tag">{m.dispute.authors[msg.authorRole] ?? msg.authorRole}</span>
            <time dateTime={msg.at}>{formatVnTime(msg.at)}</time>
            <p className="strong">
              {m.dispute.messageKinds[msg.kind] ?? msg.kind}
              {msg.amount !== null ? `: ${formatVnd(msg.amount)}` : ''}
            </p>
            {msg.body ? <p className="pre">{msg.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Evidence({ view, onExpired }: { view: DisputeView; onExpired(error: unknown): boolean }) {
  const { m } = useI18n();
  const { api } = usePortal();
  const [failed, setFailed] = useState<string | null>(null);
  if (view.evidence.length === 0) return null;
  const files = view.evidence.filter((e) => e.kind !== 'COURIER_TIMELINE');
  const courier = view.evidence.find((e) => e.kind === 'COURIER_TIMELINE');

  const download = async (e: DisputeEvidence): Promise<void> => {
    if (!e.contentUrl || !e.evidenceId) return;
    setFailed(null);
    try {
      const blob = await api.evidenceContent(e.contentUrl);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${e.evidenceId}${extensionOf(e.contentType)}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      if (!onExpired(error)) setFailed(e.evidenceId);
    }
  };

  return (
    <section className="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{m.dispute.evidenceHeading}</h2>
      {files.length > 0 ? (
        <ul className="evidence">
          {files.map((e, i) => {
            const by = m.dispute.authors[e.submittedByRole] ?? e.submittedByRole;
            return (
              <li key={e.evidenceId ?? i}>
                <span>{e.kind === 'FILE' ? m.dispute.evidenceFile(by, sizeText(e.size)) : m.dispute.evidenceLink(by)}</span>
                {e.description ? <span className="hint"> {e.description}</span> : null}
                {e.kind === 'FILE' ? (
                  <button type="button" className="button small" onClick={() => void download(e)}>
                    {m.dispute.evidenceOpen}
                  </button>
                ) : e.url ? (
                  <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">
                    {e.url}
                  </a>
                ) : null}
                {failed === e.evidenceId ? (
                  <span className="field-error" role="alert">
                    {m.dispute.evidenceOpenFailed}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {courier?.checkpoints?.length ? (
        <>
          <h3>{m.dispute.courierHeading}</h3>
          <ol className="timeline">
            {[...courier.checkpoints].reverse().map((c, i) => (
              <li key={`${c.occurredAt}-${i}`}>
                <time dateTime={c.occurredAt}>{formatVnTime(c.occurredAt)}</time>
                <p>
                  {m.common.shipmentStatuses[c.status] ?? c.status}
                  {c.location ? ` · ${c.location}` : ''}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function sizeText(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function extensionOf(contentType: string | null): string {
  const map: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp', 'image/heic': '.heic', 'application/pdf': '.pdf', 'video/mp4': '.mp4' };
  return (contentType && map[contentType]) ?? '';
}
