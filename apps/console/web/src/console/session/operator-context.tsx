import { createContext, type ReactNode, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { HttpClient } from '../../api/http-client';
import { OperatorHttpClient } from '../api/operator-http-client';
import type { OperatorRole } from './operator-role';
import { type OperatorSessionState, OperatorSessionStore } from './operator-session';

/** The operator signed in to the console. */
export interface SignedInOperator {
  id: string;
  name: string;
  role: OperatorRole;
}

/** What the pages of the signed-in console get from {@link useOperator}. */
export interface OperatorAccess {
  operator: SignedInOperator;
  /** Sends the operator token (refreshed before it expires). */
  client: HttpClient;
  /** Ends the session at the console and here; the console then shows the sign-in page. */
  signOut(): Promise<void>;
}

/** The session of the whole console (sign-in page included). */
export interface OperatorSession {
  store: OperatorSessionStore;
  state: OperatorSessionState;
  client: OperatorHttpClient;
}

const SessionContext = createContext<{ store: OperatorSessionStore; client: OperatorHttpClient } | null>(null);
const OperatorContext = createContext<OperatorAccess | null>(null);

/**
 * Holds the operator session of this page (in memory: a new page restores it from the `tc_refresh` cookie) for
 * every console route. (The console's pages mark their content `lang="en"`; `<html lang>` stays the portal's.)
 */
export function OperatorSessionProvider({ children }: { children: ReactNode }) {
  const [value] = useState(() => {
    const store = new OperatorSessionStore();
    return { store, client: new OperatorHttpClient(store) };
  });
  useEffect(() => {
    value.store.start();
    return () => value.store.stop();
  }, [value]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The console's session store, its state (re-rendering on change) and the operator client. */
export function useOperatorSession(): OperatorSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useOperatorSession outside OperatorSessionProvider');
  const state = useSyncExternalStore(session.store.subscribe, session.store.getState);
  return { ...session, state };
}

/** Makes `operator` the signed-in operator of the pages inside (the signed-in layout; see RequireOperator). */
export function SignedInOperatorProvider({ operator, children }: { operator: SignedInOperator; children: ReactNode }) {
  const { store, client } = useOperatorSession();
  const { id, name, role } = operator;
  const value = useMemo<OperatorAccess>(() => ({ operator: { id, name, role }, client, signOut: () => store.signOut() }), [id, name, role, client, store]);
  return <OperatorContext.Provider value={value}>{children}</OperatorContext.Provider>;
}

/** Inside the signed-in layout only. `client` sends the operator token (refreshed before it expires). */
export function useOperator(): OperatorAccess {
  const access = useContext(OperatorContext);
  if (!access) throw new Error('useOperator outside the signed-in console layout');
  return access;
}
