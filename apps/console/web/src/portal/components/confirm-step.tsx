import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/**
 * An action with consequences, in two steps: the first button shows what will happen and asks "are you sure?";
 * only the second runs it.
 */
export function ConfirmStep({
  label,
  consequence,
  onConfirm,
  busy,
  primary = false,
}: {
  label: string;
  consequence: string;
  onConfirm(): void;
  busy: boolean;
  primary?: boolean;
}) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!open) {
    return (
      <button type="button" className={`button${primary ? ' primary' : ''}`} onClick={() => setOpen(true)} disabled={busy}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-step" role="group" aria-labelledby={`${id}-question`} aria-describedby={`${id}-consequence`}>
      <p id={`${id}-consequence`}>{consequence}</p>
      <p id={`${id}-question`} className="strong">
        {m.dispute.confirmQuestion} ({label})
      </p>
      <div className="secondary-actions">
        <button type="button" className="button primary" onClick={onConfirm} disabled={busy} autoFocus>
          {busy ? m.common.sending : m.dispute.confirmYes}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)} disabled={busy}>
          {m.common.cancel}
        </button>
      </div>
    </div>
  );
}
