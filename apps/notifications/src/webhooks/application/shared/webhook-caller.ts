import type { WebhookOwnerKind } from '../../domain/webhook-event-types';

/** A partner acting on its own endpoints and feed. */
export interface EndpointOwner {
  partnerId: string;
  kind: WebhookOwnerKind;
}

/** Who reads endpoints: their owner (its own only), or an operator (any partner's). */
export type EndpointReader = { owner: EndpointOwner } | { operator: true };
