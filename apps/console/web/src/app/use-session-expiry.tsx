import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { paths } from '../portal/paths';
import { usePortal } from './portal-context';

/**
 * Handles what every page does the same with a failed call: when the buyer token no longer works, forgets it and
 * goes back to the lookup page (order code pre-filled), answering true. Any other failure is the page's to show
 * (false).
 */
export function useSessionExpiry(orderCode: string): (error: unknown) => boolean {
  const { sessions } = usePortal();
  const navigate = useNavigate();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError && error.isSessionExpired)) return false;
      sessions.clear();
      navigate(paths.lookup(orderCode), { replace: true, state: { notice: 'sessionExpired' } });
      return true;
    },
    [sessions, navigate, orderCode],
  );
}
