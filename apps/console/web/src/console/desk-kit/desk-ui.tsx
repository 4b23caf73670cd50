import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { describeOperatorError } from '../api/operator-errors';

/** A refusal or failure, read out at once (role="alert"): the server's problem text, and a reference for faults. */
export function DeskAlert({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const p = describeOperatorError(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{p.message}</p>
      {Object.keys(p.fields).length > 0 ? (
        <ul className="desk-field-errors">
          {Object.entries(p.fields).map(([field, message]) => (
            <li key={field}>
              <code>{field}</code>: {message}
            </li>
          ))}
        </ul>
      ) : null}
      {p.reference ? <p className="small">Error reference: {p.reference}</p> : null}
    </div>
  );
}

/** A success or information message, read out politely (role="status"). */
export function DeskStatus({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}

/** "Loading…" while the first answer is awaited. */
export function DeskLoading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** One action at a time on a page: whether it runs, its failure, and what the last success said. */
export interface DeskAction {
  busy: string | null;
  failure: unknown;
  done: string | null;
  /** Runs `call` as `name`; on success shows `doneText`. Answers whether it succeeded. */
  run(name: string, call: () => Promise<unknown>, doneText: string): Promise<boolean>;
  clear(): void;
}

export function useDeskAction(): DeskAction {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (name: string, call: () => Promise<unknown>, doneText: string) => {
    setBusy(name);
    setFailure(null);
    setDone(null);
    try {
      await call();
      setDone(doneText);
      return true;
    } catch (e) {
      setFailure(e);
      return false;
    } finally {
      setBusy(null);
    }
  }, []);
  const clear = useCallback(() => {
    setFailure(null);
    setDone(null);
  }, []);
  return { busy, failure, done, run, clear };
}

/** Calls `tick` every `ms` while the page is open and visible (a second operator's changes show up). */
export function usePolling(tick: () => void, ms: number): void {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') tickRef.current();
    }, ms);
    return () => window.clearInterval(timer);
  }, [ms]);
}

/** An object URL for a blob loaded on demand, revoked when the component goes or the blob changes. */
export function useObjectUrl(load: (() => Promise<Blob>) | null): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  const loadRef = useRef(load);
  loadRef.current = load;
  const wanted = load !== null;
  useEffect(() => {
    if (!wanted || !loadRef.current) return undefined;
    let url: string | null = null;
    let live = true;
    loadRef.current().then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setState({ url, failed: false });
      },
      () => live && setState({ url: null, failed: true }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [wanted]);
  return state;
}

/**
 * An action with consequences, in two steps: the button (`label`, accessible name `name`) shows what will happen,
 * and only "Confirm {label lower-cased}" runs it; "Cancel" goes back.
 */
export function ConfirmButton({
  label,
  name,
  consequence,
  onConfirm,
  busy,
  danger = false,
}: {
  label: string;
  name?: string;
  consequence: string;
  onConfirm(): void;
  busy: boolean;
  danger?: boolean;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className={`button small${danger ? ' button-danger' : ''}`} aria-label={name} onClick={() => setOpen(true)} disabled={busy}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-step desk-confirm" role="group" aria-label={`Confirm: ${name ?? label}`}>
      <p>{consequence}</p>
      <div className="desk-actions">
        <button
          type="button"
          className={`button small primary${danger ? ' button-danger' : ''}`}
          onClick={() => {
            setOpen(false);
            onConfirm();
          }}
          disabled={busy}
          autoFocus
        >
          Confirm {label.toLowerCase()}
        </button>
        <button type="button" className="button small" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A secret shown once: a read-only field to select, and a button that copies it. */
export function OnceSecret({ label, value, idText }: { label: string; value: string; idText?: string | null }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputId = `secret-${label.replace(/\W+/g, '-').toLowerCase()}`;
  const copy = () => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setCopied('failed');
      return;
    }
    clipboard.writeText(value).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {label}
        {idText ? <span className="small"> (id {idText})</span> : null}
      </label>
      <div className="desk-actions">
        <input id={inputId} className="desk-secret" readOnly value={value} onFocus={(e) => e.currentTarget.select()} spellCheck={false} autoComplete="off" size={Math.min(70, value.length)} />
        <button type="button" className="button small" onClick={copy}>
          Copy {label}
        </button>
      </div>
      {copied === 'yes' ? <p className="small" role="status">Copied.</p> : null}
      {copied === 'failed' ? <p className="small" role="status">Copying is not available here: select the text and copy it.</p> : null}
    </div>
  );
}
