import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { initialLang, LANG_STORAGE_KEY, type Lang, type Messages, messagesFor } from './messages';

interface I18n {
  lang: Lang;
  m: Messages;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The chosen language and its texts, for the whole app; `<html lang>` follows it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(storedLang()));
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Storage may be off: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, m: messagesFor(lang), setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its texts. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
