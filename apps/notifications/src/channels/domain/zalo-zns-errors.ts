/**
 * How a Zalo Notification Service answer (HTTP 200 with `{"error": <code>, "message": …}`) is judged. Zalo documents
 * its codes at https://zalo.cloud/zns/guidelines/handle-error-code. Only two codes say "later may work":
 * - `-100` unknown error ("try again later"),
 * - `-133` the template may not be sent at night (22:00–06:00).
 * Every other code, known or not, is a refusal that will not change for this message (bad number, no Zalo account,
 * user opted out, template or token problems, out of quota): not retryable, so the dispatcher falls back to the
 * next channel (Zalo → SMS) at once instead of holding the buyer's message for hours on the retry schedule.
 * Quota (`-115`) and token (`-124`) failures are operators' to fix; they show in the attempts and metrics.
 */

/** A documented ZNS code: its name and whether a later attempt may succeed. */
export interface ZaloZnsErrorInfo {
  name: string;
  retryable: boolean;
}

/** The ZNS codes with names we rely on (the rest are judged not retryable). */
export const ZALO_ZNS_ERRORS: Readonly<Record<number, ZaloZnsErrorInfo>> = {
  [-100]: { name: 'Unknown error', retryable: true },
  [-101]: { name: 'Application invalid', retryable: false },
  [-102]: { name: 'Application not existed', retryable: false },
  [-103]: { name: 'Application not activated', retryable: false },
  [-104]: { name: 'App secret key invalid', retryable: false },
  [-105]: { name: 'Application not linked to any OA', retryable: false },
  [-106]: { name: 'Method unsupported', retryable: false },
  [-107]: { name: 'Message ID invalid', retryable: false },
  [-108]: { name: 'Phone number invalid', retryable: false },
  [-109]: { name: 'Template ID invalid', retryable: false },
  [-110]: { name: 'Zalo version unsupported', retryable: false },
  [-111]: { name: 'Template data empty', retryable: false },
  [-112]: { name: 'Template data invalid', retryable: false },
  [-114]: { name: 'User inactive, rejecting, or on an outdated Zalo', retryable: false },
  [-115]: { name: 'Out of quota', retryable: false },
  [-117]: { name: 'OA or app has no permission for this template', retryable: false },
  [-118]: { name: 'Zalo account not existed', retryable: false },
  [-119]: { name: 'Account cannot receive ZNS', retryable: false },
  [-124]: { name: 'Access token invalid', retryable: false },
  [-131]: { name: 'Template not approved', retryable: false },
  [-133]: { name: 'Template not allowed at night (22:00-06:00)', retryable: true },
  [-139]: { name: 'User refused this kind of ZNS', retryable: false },
};

/** The judgement of a non-zero ZNS `error` code. */
export function classifyZaloError(code: number): ZaloZnsErrorInfo & { code: number } {
  return { code, ...(ZALO_ZNS_ERRORS[code] ?? { name: 'Undocumented ZNS error', retryable: false }) };
}

/**
 * The phone as ZNS takes it: `84xxxxxxxxx`, no `+`. Accepts E.164 (`+84…`), `84…` and the national `0…` form;
 * undefined for anything that is not a Vietnamese number (ZNS reaches Vietnamese numbers only).
 */
export function toZaloPhone(phone: string): string | undefined {
  const digits = phone.replace(/[\s.-]/g, '');
  const national = /^(?:\+84|84|0)([1-9]\d{8,9})$/.exec(digits);
  return national ? `84${national[1]}` : undefined;
}
