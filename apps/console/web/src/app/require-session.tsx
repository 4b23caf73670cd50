import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { paths } from '../portal/paths';
import type { BuyerSession } from '../session/buyer-session';
import { usePortal } from './portal-context';

/**
 * Renders the page for the order in the path when this tab holds a live buyer token for it; otherwise sends the
 * buyer to the lookup page with the order code filled in.
 */
export function RequireSession({ children }: { children: (session: BuyerSession) => ReactNode }) {
  const { code = '' } = useParams();
  const { sessions } = usePortal();
  const session = sessions.current(code);
  if (!session) return <Navigate to={paths.lookup(code)} replace state={{ notice: 'codeNeeded' }} />;
  return <>{children(session)}</>;
}
