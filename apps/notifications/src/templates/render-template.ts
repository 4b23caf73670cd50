import type { HandlebarsTemplateRenderer, RenderedTemplate } from './handlebars-template-renderer';
import type { ChannelOf, TemplateData, TemplateId } from './template-catalogue';
import type { TemplateLocale, TemplateRenderer } from './template-renderer';

/** The renderer option carried in the data (see `UNACCENTED_SMS_OPTION`). */
export interface RenderOptions {
  /** The marketplace sends unaccented Vietnamese SMS (GSM-7). SMS only. */
  unaccentedSms?: boolean;
}

/**
 * `renderer.render` with the data checked at compile time against the template's declared variables (and the
 * channel against its channels): `renderTemplate(r, 'delivered', 'SMS', 'vi', { orderCode, portalUrl, endsAt })`.
 */
export function renderTemplate<K extends TemplateId>(
  renderer: TemplateRenderer | HandlebarsTemplateRenderer,
  id: K,
  channel: ChannelOf<K>,
  locale: TemplateLocale,
  data: TemplateData<K> & RenderOptions,
): RenderedTemplate {
  return renderer.render(id, channel, locale, data as Record<string, unknown>);
}
