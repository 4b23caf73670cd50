import type { TemplateLocale } from '../template-renderer';

/** The lookup link every buyer message carries, for the sample portal `https://trustcircle.vn`. */
export const LINK = 'https://trustcircle.vn/tra-cuu';

const FOOTER_TEXT: Record<TemplateLocale, string> = {
  vi: '\n\n--\nTrustCircle\nEmail này được gửi tự động, vui lòng không trả lời.',
  en: '\n\n--\nTrustCircle\nThis email was sent automatically; please do not reply.',
};

const FOOTER_HTML: Record<TemplateLocale, string> = {
  vi: '<p style="color:#6b7280;font-size:13px">TrustCircle<br>\nEmail này được gửi tự động, vui lòng không trả lời.</p>',
  en: '<p style="color:#6b7280;font-size:13px">TrustCircle<br>\nThis email was sent automatically; please do not reply.</p>',
};

/** The expected text part: the paragraphs, then the layout's footer. */
export function emailText(locale: TemplateLocale, paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n') + FOOTER_TEXT[locale];
}

/**
 * The expected HTML part for paragraphs holding no character HTML escapes: each paragraph a `<p>` (line breaks
 * `<br>`), the lookup link an `<a>`, inside the layout (pinned here literally).
 */
export function emailHtml(locale: TemplateLocale, subject: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${p.split(LINK).join(`<a href="${LINK}">${LINK}</a>`).split('\n').join('<br>\n')}</p>`).join('\n');
  return (
    `<!doctype html>\n<html lang="${locale}">\n<head><meta charset="utf-8"><title>${subject}</title></head>\n` +
    `<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">\n${body}\n${FOOTER_HTML[locale]}\n</body>\n</html>`
  );
}
