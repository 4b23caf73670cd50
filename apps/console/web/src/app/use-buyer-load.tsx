import { type DependencyList, useEffect } from 'react';
import type { ErrorMessage } from '../api/problem-message';
import { useErrorMessage } from './ui';
import { type Loaded, useLoader } from './use-loader';
import { useSessionExpiry } from './use-session-expiry';

/** {@link useLoader} for a buyer page: an expired token goes back to the lookup page; other failures are worded. */
export function useBuyerLoad<T>(orderCode: string, load: () => Promise<T>, deps: DependencyList): Loaded<T> & { problem: ErrorMessage | null } {
  const loaded = useLoader(load, deps);
  const expired = useSessionExpiry(orderCode);
  useEffect(() => {
    if (loaded.error) expired(loaded.error);
  }, [loaded.error, expired]);
  return { ...loaded, problem: useErrorMessage(loaded.error) };
}
