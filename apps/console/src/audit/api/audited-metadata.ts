import type { RequestWithPrincipal } from '@trustcircle/http';

/** Metadata key of `@Audited()`. */
export const AUDITED_METADATA = 'tc:console:audited';

/** What `@Audited()` records besides the action. */
export interface AuditedOptions {
  /** The target's type, e.g. `partner`. */
  target?: string;
  /**
   * Where the target's id is: the name of a route parameter (`partnerId`), or a function of the handler's result
   * and the request (a creation: `(r) => r.partner.id`).
   */
  targetId?: string | ((result: unknown, req: RequestWithPrincipal) => string | undefined);
  /** Keep the request body (sanitised) in the detail. Default true. */
  body?: boolean;
}

/** The metadata `@Audited()` stores. */
export interface AuditedMetadata extends AuditedOptions {
  action: string;
}

