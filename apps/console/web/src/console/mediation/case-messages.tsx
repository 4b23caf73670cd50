import { type FormEvent, useRef, useState } from 'react';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { IdempotencyKeys } from '../../session/idempotency-key';
import { DeskAlert, DeskStatus, useDeskAction } from '../desk-kit/desk-ui';
import { partyOf } from './evidence-display';
import type { MediationApi } from './mediation-api';
import { wordOf } from './mediation-queue';
import type { DisputeCase } from './mediation-types';

const MAX_MESSAGE = 5000;

/** The dispute's trail, oldest first; a mediator may add a message while the dispute is open. */
export function CaseMessages({
  view,
  api,
  names,
  canWrite,
  onPosted,
}: {
  view: DisputeCase;
  api: MediationApi;
  /** Operators' names by id (mediators' entries). */
  names: Map<string, string> | null;
  canWrite: boolean;
  onPosted(): void;
}) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useDeskAction();
  const keys = useRef(new IdempotencyKeys());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const message = text.trim();
    if (!message || message.length > MAX_MESSAGE) {
      setInvalid(message ? `At most ${MAX_MESSAGE} characters.` : 'Write a message.');
      return;
    }
    setInvalid(null);
    const ok = await action.run('message', () => api.postMessage(view.disputeId, message, keys.current.keyFor({ message })), 'Message sent');
    if (ok) {
      setText('');
      onPosted();
    }
  };

  return (
    <section className="card desk-section" aria-labelledby="case-messages-title">
      <h2 id="case-messages-title">Messages</h2>
      {view.messages.length === 0 ? <p>No messages yet.</p> : null}
      <ol className="desk-messages">
        {view.messages.map((m) => (
          <li key={m.messageId} className={`desk-message desk-message-${m.authorRole.toLowerCase()}`}>
            <p className="small">
              <strong>
                {partyOf(m.authorRole)}
                {m.authorRole === 'MEDIATOR' && m.authorId && names?.get(m.authorId) ? ` ${names.get(m.authorId)}` : ''}
              </strong>{' '}
              · {wordOf(m.kind)} · <time dateTime={m.at}>{formatVnTime(m.at)}</time>
              {m.amount !== null ? ` · ${formatVnd(m.amount)}` : ''}
            </p>
            {m.body ? <p className="desk-message-body">{m.body}</p> : null}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form className="desk-form" aria-label="Add a message" onSubmit={(e) => void submit(e)} noValidate>
          <div className={`field${invalid ? ' field-invalid' : ''}`}>
            <label htmlFor="case-message">Message to the parties</label>
            <textarea
              id="case-message"
              rows={3}
              value={text}
              maxLength={MAX_MESSAGE}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? 'case-message-error' : undefined}
            />
            {invalid ? (
              <p className="field-error" id="case-message-error">
                {invalid}
              </p>
            ) : null}
          </div>
          <DeskAlert error={action.failure} />
          {action.done ? <DeskStatus>{action.done}</DeskStatus> : null}
          <button type="submit" className="button" disabled={action.busy !== null}>
            {action.busy ? 'Sending…' : 'Send message'}
          </button>
        </form>
      ) : null}
    </section>
  );
}
