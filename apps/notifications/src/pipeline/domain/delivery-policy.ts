import type { NotificationChannel } from '../../channels/channel-provider';

const HOUR_MS = 3_600_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
const VN_OFFSET_MS = 7 * HOUR_MS;

/** Quiet hours in Vietnam local time, whole hours: from `startHour`:00 until `endHour`:00 (across midnight when start > end). */
export interface QuietHours {
  readonly startHour: number;
  readonly endHour: number;
}

/** The default quiet hours: from 22:00 to 07:00 non-critical SMS and Zalo wait. */
export const QUIET_HOURS: QuietHours = { startHour: 22, endHour: 7 };

/** `NOTIFICATION_QUIET_HOURS` as written: `22-7` (from 22:00 to 07:00) or `off`. */
export const QUIET_HOURS_PATTERN = /^(off|([01]?\d|2[0-3])-([01]?\d|2[0-3]))$/;

/** Parses a value that matched {@link QUIET_HOURS_PATTERN}: null for `off` (or an empty window, start = end). */
export function parseQuietHours(value: string): QuietHours | null {
  if (value === 'off') return null;
  const [startHour, endHour] = value.split('-').map(Number);
  return startHour === endHour ? null : { startHour, endHour };
}

/** True when the local `hour` falls in the window (which may run across midnight). */
function isQuiet(hour: number, quiet: QuietHours): boolean {
  return quiet.startHour < quiet.endHour ? hour >= quiet.startHour && hour < quiet.endHour : hour >= quiet.startHour || hour < quiet.endHour;
}

/**
 * When a message may first be sent: at once, unless it is not critical, goes by SMS or Zalo, and `now` falls in
 * quiet hours (by default 22:00–07:00 Asia/Ho_Chi_Minh): then at the window's next end, local time. Email and
 * webhooks never wait (they do not wake anybody); with `quiet` null nothing waits. Pure.
 */
export function firstSendAt(now: Date, channel: NotificationChannel, critical: boolean, quiet: QuietHours | null = QUIET_HOURS): Date {
  if (critical || quiet === null || (channel !== 'SMS' && channel !== 'ZALO')) return now;
  const local = new Date(now.getTime() + VN_OFFSET_MS);
  if (!isQuiet(local.getUTCHours(), quiet)) return now;
  const endToday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), quiet.endHour) - VN_OFFSET_MS;
  return new Date(endToday > now.getTime() ? endToday : endToday + 24 * HOUR_MS);
}

/**
 * The retry schedule, Svix-like: seconds to wait before each delivery round, the first usually 0 (at once). After
 * the round numbered `attemptsMade` (from 1; a round tries each provider of the channel once) failed, the next is
 * due after `schedule[attemptsMade]`; null when the schedule is spent (the channel failed for good). Pure.
 */
export function nextRetryDelayMs(schedule: readonly number[], attemptsMade: number): number | null {
  if (attemptsMade < 1 || attemptsMade >= schedule.length) return null;
  return schedule[attemptsMade] * 1000;
}

/** The default schedule (seconds): at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];

/** The channel a buyer message falls back to when its channel failed for good: Zalo → SMS → email. */
export function fallbackChannel(channel: NotificationChannel, has: { email: boolean }): NotificationChannel | null {
  if (channel === 'ZALO') return 'SMS';
  if (channel === 'SMS' && has.email) return 'EMAIL';
  return null;
}

/** The reason a message to a channel its recipient muted is stored with (status CANCELLED) by the planner. */
export const MUTED_BY_RECIPIENT = 'muted by the recipient';

/** The template id of the one-time code SMS (buyer-otp/domain: `BUYER_OTP_TEMPLATE`), as stored: `buyer-otp@<version>`. */
const ONE_TIME_CODE_TEMPLATE = /^buyer-otp@/;

/**
 * Whether a message that failed for good may fall back to its recipient's next channel: a buyer's milestone only.
 * Never a one-time code (sealed at rest, `buyer-otp@…`): in clear it exists only in the SMS itself. Operators' alerts
 * already go to every channel configured, and sellers have email only: neither has a next channel. Pure.
 */
export function mayFallBack(message: { recipientRole: string; template: string; sealed: boolean }): boolean {
  return message.recipientRole === 'BUYER' && !message.sealed && !ONE_TIME_CODE_TEMPLATE.test(message.template);
}

/**
 * What a fallback does, given the notification the next channel already has for the same event and recipient
 * (`notifications` is unique on event, recipient and channel), or null:
 * - none yet (Zalo → SMS: the planner plans one phone channel): `insert` one;
 * - any other: `none`. The buyer's email planned beside the SMS ("email too where given") already goes out, so
 *   SMS → email adds nothing and never sends the email twice; and a channel the buyer muted (stored CANCELLED for a
 *   non-critical message) stays muted: a mute is the buyer's choice, and critical messages ignore mutes anyway.
 * Pure.
 */
export function fallbackStep(existing: { status: string; lastError: string | null } | null): 'insert' | 'none' {
  return existing ? 'none' : 'insert';
}

/**
 * A recipient as logs, events and listings show it: a phone keeps its country code, two digits and its last
 * three (`+8490****567`), an email its first letter and domain (`h***@example.com`), a URL its scheme and host (`https://h/***`, no port).
 */
export function maskRecipient(recipient: string): string {
  if (/^\+\d{8,15}$/.test(recipient)) return `${recipient.slice(0, 5)}${'*'.repeat(recipient.length - 8)}${recipient.slice(-3)}`;
  const at = recipient.indexOf('@');
  if (at > 0 && !recipient.includes('://')) return `${recipient[0]}***${recipient.slice(at)}`;
  try {
    const url = new URL(recipient);
    return `${url.protocol}//${url.hostname}/***`;
  } catch {
    return '***';
  }
}

/**
 * The key that keeps a recipient's messages about one order in order: a webhook endpoint's (`<endpoint>:<order>`,
 * `<endpoint>:-` without an order), and a person's per channel (`SMS:BUYER:<order>`), so a buyer never reads
 * "refunded" before "your complaint was decided". Null (no ordering) for a person's message about no known order.
 * The dispatcher sends a message only once every earlier one under its key (by the event's time) has finished,
 * except that a critical message never waits behind a non-critical one (held for quiet hours, say).
 */
export function orderingKeyOf(intent: { channel: NotificationChannel; role: string; endpointId?: string }, orderId: string | null): string | null {
  if (intent.endpointId) return `${intent.endpointId}:${orderId ?? '-'}`;
  if (intent.channel === 'WEBHOOK' || !orderId) return null;
  return `${intent.channel}:${intent.role}:${orderId}`;
}
