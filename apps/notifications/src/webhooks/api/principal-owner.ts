import type { Principal } from '@trustcircle/http';
import type { EndpointOwner, EndpointReader } from '../application/shared/webhook-caller';

/** The owner a partner principal acts as (`@ApiKeyAuth('marketplace', 'payment-partner')` let only those in). */
export function ownerOf(principal: Principal): EndpointOwner {
  const partnerId = principal.partnerId ?? principal.id;
  if (principal.kind === 'marketplace') return { partnerId, kind: 'MARKETPLACE' };
  if (principal.kind === 'payment-partner') return { partnerId, kind: 'PAYMENT_PARTNER' };
  throw new Error(`a ${principal.kind} owns no webhook endpoints`);
}

/** An operator reads every partner's endpoints; a partner its own. */
export function readerOf(principal: Principal): EndpointReader {
  return principal.kind === 'operator' ? { operator: true } : { owner: ownerOf(principal) };
}
