import type { PartnerKind } from '@trustcircle/contracts';

/** The principal kinds of partners, as `@ApiKeyAuth()` and `@SignedWebhook()` name them. */
export type PartnerPrincipalKind = 'marketplace' | 'courier' | 'payment-partner';

const KIND_OF: Record<PartnerKind, PartnerPrincipalKind> = { MARKETPLACE: 'marketplace', COURIER: 'courier', PAYMENT_PARTNER: 'payment-partner' };

/** `MARKETPLACE` → `marketplace`, `PAYMENT_PARTNER` → `payment-partner`… */
export function principalKindOf(kind: PartnerKind): PartnerPrincipalKind {
  return KIND_OF[kind];
}
