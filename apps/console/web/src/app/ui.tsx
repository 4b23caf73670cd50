import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useEffect } from 'react';
import { describeApiError, type ErrorContext, type ErrorMessage } from '../api/problem-message';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';

/** A text chosen now and worded at render time, so it follows a change of language. */
export type Say = (m: Messages) => string;

/** What a failed call says, in the current language (null for no failure). */
export function useErrorMessage(error: unknown, context?: ErrorContext): ErrorMessage | null {
  const { m } = useI18n();
  return error === null || error === undefined ? null : describeApiError(error, m.problems, context);
}

/** Sets the document title: the page, then the brand. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · TrustCircle`;
  }, [title]);
}

/** A refusal or failure, read out at once by screen readers. */
export function ErrorAlert({ error }: { error: ErrorMessage | null }) {
  const { m } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message}</p>
      {error.reference ? <p className="small">{m.problems.correlation(error.reference)}</p> : null}
    </div>
  );
}

/** A success or information message, read out politely. */
export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className={`alert alert-${tone}`} role="status">
      {children}
    </div>
  );
}

export function Loading() {
  const { m } = useI18n();
  return (
    <p className="loading" role="status">
      {m.common.loading}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The ids that describe an input: its hint and its error. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldNotes({ id, hint, error }: Omit<FieldProps, 'label'>) {
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with its hint and error tied to it (aria-describedby, aria-invalid). */
export function TextField({ id, label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...input} />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** A labelled text area with its hint and error. */
export function TextAreaField({ id, label, hint, error, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...area} />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** Radio buttons in a fieldset whose legend names the question. */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <fieldset className={`field radio-group${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
      {error ? (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
