import { en } from './en';
import { type Messages, vi } from './vi';

export type { FactDetailReader, FactText, Messages } from './vi';

/** The languages of the web app: Vietnamese first, English second. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const MESSAGES: { readonly [L in Lang]: Messages } = { vi, en };

/** Every text in `lang`. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** Where the chosen language is remembered (not personal: a preference only). */
export const LANG_STORAGE_KEY = 'tc.lang';

/** The language to start in: the one the person chose before, else Vietnamese (whatever the browser says). */
export function initialLang(stored: string | null): Lang {
  return stored === 'en' ? 'en' : 'vi';
}
