/** The languages of templates: Vietnamese by default, English per recipient. */
export type TemplateLocale = 'vi' | 'en';

/** The text a template renders for one channel. */
export interface RenderedMessage {
  /** The template's id and version, stored with the notification (its channel and language are columns of their own) and sent on events: `order-placed@1`. */
  template: string;
  /** SMS / Zalo fallback / email text. */
  text: string;
  /** EMAIL only. */
  subject?: string;
  html?: string;
  /** SMS and Zalo: how the text is encoded and how many segments it takes (reported per message). */
  sms?: SmsEncoding;
}

/** How an SMS is encoded and how many segments it takes (reported per message). */
export interface SmsEncoding {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the encoding counts them (GSM-7 extension characters count 2). */
  units: number;
  /** 1 up to 160 (GSM-7) / 70 (UCS-2); then 153 / 67 per segment. */
  segments: number;
}

/** Injection token of the `TemplateRenderer`. */
export const TEMPLATE_RENDERER = Symbol.for('trustcircle.notifications.template-renderer');

/**
 * Renders versioned template files (Handlebars) with Vietnamese formatting helpers: amounts as `1.235.000 ₫`, times in
 * Asia/Ho_Chi_Minh. Unknown template ids or missing variables throw (a bug, never a blank message).
 */
export interface TemplateRenderer {
  render(templateId: string, channel: 'SMS' | 'ZALO' | 'EMAIL', locale: TemplateLocale, data: Record<string, unknown>): RenderedMessage;
}
