import { useI18n } from './i18n-context';
import type { Lang } from './messages';

const CHOICES: ReadonlyArray<{ lang: Lang; label: string }> = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

/** Two buttons, each named in its own language; the current one is pressed. */
export function LanguageSwitch() {
  const { lang, m, setLang } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={m.common.languageLabel}>
      {CHOICES.map((c) => (
        <button key={c.lang} type="button" lang={c.lang} aria-pressed={lang === c.lang} onClick={() => setLang(c.lang)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
