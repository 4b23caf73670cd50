import { Link } from 'react-router-dom';
import { consolePaths } from './console-paths';
import { useConsoleTitle } from './console-ui';

/** A console address that shows nothing. */
export function ConsoleNotFoundPage() {
  useConsoleTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no console page at this address. <Link to={consolePaths.overview()}>Go to the overview</Link>.
      </p>
    </>
  );
}
