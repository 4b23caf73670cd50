import { smsEncoding } from './domain/sms-encoding';
import { unaccentedSmsText } from './domain/unaccent-vietnamese';
import { checkTemplateFile } from './engine/template-check';
import { type CompiledText, compileTemplate, createTemplateEngine } from './engine/template-engine';
import { EMAIL_LAYOUT, TEMPLATE_CATALOGUE } from './template-catalogue';
import type { EmailLayoutFile, TemplateChannel, TemplateFile } from './template-file';
import type { RenderedMessage, SmsEncoding, TemplateLocale, TemplateRenderer } from './template-renderer';
import { checkTemplateData } from './template-variables';

/** What `render` returns: the message, plus for SMS its encoding and segment count (reported per message). */
export interface RenderedTemplate extends RenderedMessage {
  /** SMS only: GSM-7 or UCS-2, units and segments of `text` as sent. */
  sms?: SmsEncoding;
}

/** A template id the catalogue does not have, or a channel/locale it does not render. */
export class UnknownTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownTemplateError';
  }
}

/**
 * The renderer option, passed in the data because the `TemplateRenderer` interface is fixed: `unaccentedSms: true`
 * (the marketplace's setting) sends the SMS without diacritics and with `VND` for `₫`, so it fits GSM-7. Applied to
 * SMS only (Zalo and email keep the diacritics); not a template variable.
 */
export const UNACCENTED_SMS_OPTION = 'unaccentedSms';

interface Compiled {
  file: TemplateFile;
  ref: string;
  sms?: Record<TemplateLocale, CompiledText>;
  email?: Record<TemplateLocale, { subject: CompiledText; text: CompiledText; html: CompiledText }>;
}

const LOCALES: readonly TemplateLocale[] = ['vi', 'en'];

/**
 * Renders the catalogue's templates with Handlebars. Everything is checked and compiled once, in the constructor
 * (at boot): a template that uses an undeclared variable, prints an amount without `vnd`, or does not compile stops
 * the service from starting. Rendering checks the data against the template's variables (a missing or mistyped one
 * throws), then renders in strict mode: SMS, Zalo and the email's subject and text part unescaped, the email's HTML
 * part escaped (each blank-line paragraph a `<p>`, the lookup link an `<a>`), inside the email layout.
 */
export class HandlebarsTemplateRenderer implements TemplateRenderer {
  private readonly templates = new Map<string, Compiled>();
  private readonly layout: { text: Record<TemplateLocale, CompiledText>; html: Record<TemplateLocale, CompiledText> };

  constructor(files: readonly TemplateFile[] = Object.values(TEMPLATE_CATALOGUE), layout: EmailLayoutFile = EMAIL_LAYOUT) {
    const text = createTemplateEngine('text');
    const html = createTemplateEngine('html');
    const byLocale = (source: (l: TemplateLocale) => string, mode: 'text' | 'html') =>
      Object.fromEntries(LOCALES.map((l) => [l, compileTemplate(mode === 'text' ? text : html, mode, source(l))])) as Record<TemplateLocale, CompiledText>;
    // The layout takes the already rendered body: compiled without the checks of a template (it prints {{{body}}}).
    this.layout = { text: byLocale((l) => layout.text[l], 'text'), html: byLocale((l) => layout.html[l], 'html') };
    for (const file of files) {
      checkTemplateFile(file);
      if (this.templates.has(file.id)) throw new Error(`template ${file.id} is registered twice`);
      const { sms, email } = file;
      this.templates.set(file.id, {
        file,
        ref: `${file.id}@${file.version}`,
        sms: sms && byLocale((l) => sms[l], 'text'),
        email:
          email &&
          (Object.fromEntries(
            LOCALES.map((l) => [
              l,
              { subject: compileTemplate(text, 'text', email[l].subject), text: compileTemplate(text, 'text', email[l].body), html: compileTemplate(html, 'html', email[l].body) },
            ]),
          ) as Compiled['email']),
      });
    }
  }

  render(templateId: string, channel: TemplateChannel, locale: TemplateLocale, data: Record<string, unknown>): RenderedTemplate {
    const t = this.templates.get(templateId);
    if (!t) throw new UnknownTemplateError(`unknown template "${templateId}"`);
    if (!t.file.channels.includes(channel)) throw new UnknownTemplateError(`template ${t.ref} has no ${channel} version (it has ${t.file.channels.join(', ')})`);
    if (!LOCALES.includes(locale)) throw new UnknownTemplateError(`template ${t.ref} has no "${String(locale)}" version (vi, en)`);
    checkTemplateData(t.ref, t.file.variables, data);
    const unaccented = data[UNACCENTED_SMS_OPTION];
    if (unaccented !== undefined && typeof unaccented !== 'boolean') throw new TypeError(`${UNACCENTED_SMS_OPTION} must be a boolean`);

    if (channel === 'EMAIL' && t.email) {
      const e = t.email[locale];
      const subject = e.subject(data).replace(/\s*\n\s*/g, ' ');
      const text = this.layout.text[locale]({ body: e.text(data) });
      const html = this.layout.html[locale]({ subject, body: paragraphs(e.html(data)) });
      return { template: t.ref, text, subject, html };
    }
    if (!t.sms) throw new UnknownTemplateError(`template ${t.ref} has no ${channel} source`);
    const text = t.sms[locale](data);
    if (channel === 'ZALO') return { template: t.ref, text };
    const sent = unaccented === true ? unaccentedSmsText(text) : text;
    return { template: t.ref, text: sent, sms: smsEncoding(sent) };
  }
}

/** Escaped body HTML → paragraphs: a blank line separates `<p>`s, a single newline is a `<br>`. */
function paragraphs(body: string): string {
  return body
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').join('<br>\n')}</p>`)
    .join('\n');
}
