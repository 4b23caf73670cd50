/** Vietnam's offset from UTC: +07:00 all year (Asia/Ho_Chi_Minh has no daylight saving time since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/** A local date-time's parts (month 1–12). */
interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The instant of a wall-clock time in Vietnam; undefined when the parts are not a real calendar time. */
function fromVietnamParts(p: LocalParts): Date | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return undefined;
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  const check = new Date(asUtc);
  // Date.UTC rolls 31/02 over into March: a rolled-over day is not a real date.
  if (check.getUTCFullYear() !== p.year || check.getUTCMonth() !== p.month - 1 || check.getUTCDate() !== p.day) return undefined;
  return new Date(asUtc - VIETNAM_UTC_OFFSET_MINUTES * 60_000);
}

const VTP_DATE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Viettel Post's `ORDER_STATUSDATE`: `dd/MM/yyyy HH:mm:ss`, Vietnam local time (UTC+7). Undefined for any other
 * shape or an impossible date (`31/02/2025 …`, `24:00:00`).
 *
 * @example parseViettelPostDate('13/12/2018 17:34:05') // 2018-12-13T10:34:05.000Z
 */
export function parseViettelPostDate(value: string): Date | undefined {
  const m = VTP_DATE.exec(value);
  if (!m) return undefined;
  const [day, month, year, hour, minute, second] = m.slice(1).map(Number);
  return fromVietnamParts({ year, month, day, hour, minute, second, millisecond: 0 });
}

/** ISO 8601 (or with a space instead of `T`), optional fraction, optional `Z` / `±HH:MM` / `±HHMM`. */
const GHN_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * GHN's `Time`: ISO 8601 (`2021-11-11T03:52:50.158Z`, `2021-11-11T10:52:50+07:00`); without an offset
 * (`2021-11-11 10:52:50`, as several GHN integrations receive it) it is Vietnam local time. Undefined for any
 * other shape or an impossible date.
 */
export function parseGhnTime(value: string): Date | undefined {
  const m = GHN_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const local = fromVietnamParts({
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
  });
  if (!local || zone === undefined) return local;
  // `local` read the wall time as Vietnam's; shift it to the stated offset instead.
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  if (offsetMinutes === undefined) return undefined;
  return new Date(local.getTime() + (VIETNAM_UTC_OFFSET_MINUTES - offsetMinutes) * 60_000);
}

function zoneMinutes(zone: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
