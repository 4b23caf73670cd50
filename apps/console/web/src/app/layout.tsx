import { Link, Outlet } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from '../i18n/language-switch';
import { paths } from '../portal/paths';

/** Every page: a skip link, the header (brand, language), the page, the note on times. */
export function Layout() {
  const { m } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.common.skipToContent}
      </a>
      <header className="site-header">
        <Link to={paths.lookup()} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>{m.common.brand}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{m.common.timeNote}</p>
      </footer>
    </>
  );
}
