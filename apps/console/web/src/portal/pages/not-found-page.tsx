import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/ui';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../paths';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { m } = useI18n();
  usePageTitle(m.common.notFoundTitle);
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{m.common.notFoundTitle}</h1>
      <p>{m.common.notFoundBody}</p>
      <Link className="button primary" to={paths.lookup()}>
        {m.common.goToLookup}
      </Link>
    </section>
  );
}
