import type { Request } from 'express';

/** Who is calling, as the security layer puts it on `req.principal` after authenticating the request. */
export interface Principal {
  /** The kind of caller. */
  kind: 'marketplace' | 'courier' | 'payment-partner' | 'operator' | 'buyer';
  /** The caller's id (API key owner, operator user id, buyer session subject…). */
  id: string;
  /** The partner (tenant) the caller acts for: marketplace, courier or payment partner id. */
  partnerId?: string;
  /** Roles granted to the caller. */
  roles?: string[];
}

/** An Express request that may carry a {@link Principal}. */
export type RequestWithPrincipal = Request & { principal?: Principal };

/**
 * The tenant a request belongs to, for scoping idempotency keys: the partner id, else the principal itself
 * (`buyer:<id>`, `operator:<id>`, so two buyers never share a scope), else `anonymous`.
 */
export function defaultTenantOf(req: RequestWithPrincipal): string {
  const principal = req.principal;
  if (!principal) return 'anonymous';
  return principal.partnerId ?? `${principal.kind}:${principal.id}`;
}
