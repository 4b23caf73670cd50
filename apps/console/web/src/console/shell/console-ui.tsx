import { type ReactNode, useEffect } from 'react';
import { describeOperatorError } from '../api/operator-errors';

/** Sets the document title: the page, then the console. */
export function useConsoleTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · TrustCircle console`;
  }, [title]);
}

/** A failed call, read out at once (role="alert"); nothing without an error. */
export function ConsoleError({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const text = describeOperatorError(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{text.message}</p>
      {text.reference ? <p className="small">Error reference: {text.reference}</p> : null}
    </div>
  );
}

/** Loading text, read out politely. */
export function ConsoleLoading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="loading" role="status">
      {children}
    </p>
  );
}

/** A titled part of a page: a <section> named by its <h2> (a landmark region screen readers list). */
export function ConsoleSection({ id, title, children, className = '' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`console-card ${className}`.trim()} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Lets a wide table scroll sideways on a narrow screen (focusable, so the keyboard scrolls it too). */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}
