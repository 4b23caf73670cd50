import type { SignedOutReason } from '../session/operator-session';

/** The operator console's own pages (the desks' paths are in desk-routes.tsx). */
export const consolePaths = {
  signIn: () => '/console/sign-in',
  overview: () => '/console',
  orders: (q?: string) => (q ? `/console/orders?${new URLSearchParams({ q }).toString()}` : '/console/orders'),
  order: (orderId: string) => `/console/orders/${encodeURIComponent(orderId)}`,
  /** The mediation desk's case page (built by the desks). */
  mediationCase: (disputeId: string) => `/console/mediation/${encodeURIComponent(disputeId)}`,
  /** The money desk, its proposal form filled in for an order (built by the desks). */
  moneyForOrder: (orderId: string) => `/console/money?${new URLSearchParams({ orderId }).toString()}`,
} as const;

/** What the router carries to the sign-in page: why, and the page to go back to after signing in. */
export interface SignInState {
  reason?: SignedOutReason;
  from?: string;
}

/**
 * Where to go after signing in: the page asked for when it is a console page (never the sign-in page itself, never
 * another site), else the overview.
 */
export function afterSignIn(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/console') || from.startsWith('//')) return consolePaths.overview();
  const path = from.split(/[?#]/, 1)[0];
  if (path !== '/console' && !path.startsWith('/console/')) return consolePaths.overview();
  if (path === consolePaths.signIn()) return consolePaths.overview();
  return from;
}
