import type { TemplateLocale } from './template-renderer';
import type { VariableSpec } from './template-variables';

/** The channels a template renders for (webhooks carry the event itself, no template). */
export type TemplateChannel = 'SMS' | 'ZALO' | 'EMAIL';

/** Who reads a template. */
export type TemplateAudience = 'BUYER' | 'MARKETPLACE' | 'OPERATOR';

/** An email's sources in one language: the subject line and the body (plain text; the HTML part is made from it). */
export interface EmailSource {
  subject: string;
  /** Paragraphs separated by a blank line; a single newline is a line break. */
  body: string;
}

/**
 * One version of one template: its Handlebars sources in Vietnamese and English and the variables they need. A
 * template's text never changes in place: a new wording is a new file `files/<id>.v<n+1>.ts`, registered in
 * `template-catalogue.ts` (the stored `template` of a notification says which version it was).
 */
export interface TemplateFile<V extends VariableSpec = VariableSpec, C extends readonly TemplateChannel[] = readonly TemplateChannel[]> {
  id: string;
  version: number;
  audience: TemplateAudience;
  /** One line for the catalogue: what the message says and which event sends it. */
  description: string;
  channels: C;
  variables: V;
  /** The SMS text, also the Zalo text (never unaccented). Required with SMS or ZALO. */
  sms?: Readonly<Record<TemplateLocale, string>>;
  /** Required with EMAIL. */
  email?: Readonly<Record<TemplateLocale, EmailSource>>;
}

/** Declares a template file, keeping the literal variable kinds and channels for the typed data map. */
export function defineTemplate<const V extends VariableSpec, const C extends readonly TemplateChannel[]>(file: TemplateFile<V, C>): TemplateFile<V, C> {
  return file;
}

/** The frame every email is rendered into (versioned like the templates). */
export interface EmailLayoutFile {
  version: number;
  /** The text part; `{{{body}}}` is the template's rendered body. */
  text: Readonly<Record<TemplateLocale, string>>;
  /** The HTML part; `{{{body}}}` is the body's paragraphs (already escaped), `{{subject}}` the subject. */
  html: Readonly<Record<TemplateLocale, string>>;
}
