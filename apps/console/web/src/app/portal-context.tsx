import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { BuyerApi } from '../api/buyer-api';
import { HttpClient } from '../api/http-client';
import { BuyerSessionStore, sessionStoreOr } from '../session/buyer-session';

interface Portal {
  api: BuyerApi;
  sessions: BuyerSessionStore;
}

const PortalContext = createContext<Portal | null>(null);

/** The buyer API and the buyer session (sessionStorage), shared by the portal's pages. */
export function PortalProvider({ children }: { children: ReactNode }) {
  const value = useMemo(() => {
    const sessions = new BuyerSessionStore(sessionStoreOr(() => window.sessionStorage));
    const api = new BuyerApi(new HttpClient(() => sessions.current()?.accessToken ?? null));
    return { api, sessions };
  }, []);
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal outside PortalProvider');
  return portal;
}
