import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { consolePaths, type SignInState } from '../shell/console-paths';
import { SignedInOperatorProvider, useOperatorSession } from './operator-context';

/**
 * Shows `children` to a signed-in operator only. On page load it first restores the session from the `tc_refresh`
 * cookie; without one (or when the session ends meanwhile) it sends the operator to the sign-in page, remembering
 * the page asked for (not after a deliberate sign-out).
 */
export function RequireOperator({ children }: { children: ReactNode }) {
  const { store, state } = useOperatorSession();
  const location = useLocation();
  useEffect(() => {
    if (state.status === 'unknown') void store.restore();
  }, [state.status, store]);
  if (state.status === 'unknown' || state.status === 'restoring') {
    return (
      <p className="loading console-checking" role="status" lang="en">
        Checking your session…
      </p>
    );
  }
  if (state.status === 'signed-out') {
    const signIn: SignInState = { reason: state.reason, from: state.reason === 'signed-out' ? undefined : `${location.pathname}${location.search}` };
    return <Navigate to={consolePaths.signIn()} replace state={signIn} />;
  }
  return <SignedInOperatorProvider operator={state.operator}>{children}</SignedInOperatorProvider>;
}
