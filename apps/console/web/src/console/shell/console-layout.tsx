import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { DESK_PAGES } from '../desk-routes';
import { useOperator } from '../session/operator-context';
import { consoleNavLinks, roleLabel } from './console-nav';
import { consolePaths } from './console-paths';
import { ConsoleLoading } from './console-ui';

/** The signed-in console: a skip link, the header (brand, navigation, the operator, Sign out) and the page. */
export function ConsoleLayout() {
  const { operator, signOut } = useOperator();
  const [signingOut, setSigningOut] = useState(false);
  const links = consoleNavLinks(operator.role, DESK_PAGES);
  return (
    <div className="console" lang="en">
      <a className="skip-link" href="#console-main">
        Skip to content
      </a>
      <header className="console-header">
        <Link to={consolePaths.overview()} className="brand console-brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            TrustCircle <span className="console-brand-sub">Operator console</span>
          </span>
        </Link>
        <nav aria-label="Console" className="console-nav">
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end={l.end}>
                  {l.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="console-operator">
          <span className="console-operator-name">{operator.name}</span>
          <span className="console-role">{roleLabel(operator.role)}</span>
          <button
            type="button"
            className="button button-secondary console-sign-out"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              void signOut();
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="console-main" className="console-main" tabIndex={-1}>
        <Suspense fallback={<ConsoleLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
