/**
 * Vietnamese without diacritics, as brandname SMS senders write it to fit GSM-7: `Đơn hàng đã được đặt` →
 * `Don hang da duoc dat`. Decomposes (NFD), drops every combining mark (the five tones and the circumflex, breve and
 * horn), and maps `đ` → `d`, `Đ` (and the look-alike `Ð`) → `D`, which do not decompose. Every Vietnamese letter
 * comes out as a plain ASCII letter.
 */
export function unaccentVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .normalize('NFC');
}

/**
 * An SMS text made to fit GSM-7 for a marketplace that sends unaccented Vietnamese: {@link unaccentVietnamese}, and
 * the đồng sign `₫` (not in GSM 03.38) written `VND` (`1.235.000 ₫` → `1.235.000 VND`).
 */
export function unaccentedSmsText(text: string): string {
  return unaccentVietnamese(text).replace(/₫/g, 'VND');
}
