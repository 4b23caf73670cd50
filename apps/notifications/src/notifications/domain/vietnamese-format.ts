const VND = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour12: false,
});

/** `1235000` → `1.235.000 ₫`, the Vietnamese way. */
export function formatVnd(amount: number | bigint): string {
  return `${VND.format(amount)} ₫`;
}

/** An instant in Asia/Ho_Chi_Minh local time, e.g. `21:30 28/11/2026`. */
export function formatVnTime(at: Date): string {
  const parts = Object.fromEntries(TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}
