import { ApiError } from '../../api/api-error';
import { describeOperatorError, formatWait } from '../api/operator-errors';
import type { SignInDetails } from './operator-session';

/** The sign-in form as typed. */
export interface SignInInput {
  name: string;
  password: string;
  code: string;
}

/** The form's mistakes, by input; empty when it may be sent. */
export type SignInMistakes = Partial<Record<keyof SignInInput, string>>;

/** The authenticator code without the spaces people type or paste (`492 039`). */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '');
}

/** What is missing or wrong before sending. */
export function signInMistakes(input: SignInInput): SignInMistakes {
  const mistakes: SignInMistakes = {};
  if (!input.name.trim()) mistakes.name = 'Enter your operator name.';
  if (!input.password) mistakes.password = 'Enter your password.';
  const code = normaliseCode(input.code);
  if (!code) mistakes.code = 'Enter the 6-digit code your authenticator app shows.';
  else if (!/^\d{6}$/.test(code)) mistakes.code = 'The code is the 6 digits your authenticator app shows.';
  return mistakes;
}

/** The body to send (the name trimmed, the code without spaces; the password as typed). */
export function signInDetails(input: SignInInput): SignInDetails {
  return { name: input.name.trim(), password: input.password, totp: normaliseCode(input.code) };
}

/** What a refused sign-in says: never which of the three was wrong (the server does not say either). */
export function signInErrorText(error: unknown): string {
  if (error instanceof ApiError && error.kind === 'http') {
    if (error.status === 429) return `Too many sign-in attempts. Wait ${formatWait(error.retryAfterSeconds ?? 60)} before trying again.`;
    if (error.status === 401 || error.type === 'sign-in-failed') return 'The name, password or code is not right. Check them and try again with a new code.';
    if (error.status === 400) return 'Check the name, password and the 6-digit code, then try again.';
  }
  return describeOperatorError(error).message;
}
