import type { HttpClient } from '../../api/http-client';
import type { DecisionBody, DisputeActionResult, DisputeCase, EscrowSummary, LedgerPage, MediatorQueue, Shipment } from './mediation-types';

/** How many cases of the queue the desk shows at once. */
export const QUEUE_PAGE = 100;

/** The mediation desk's calls (disputes, delivery-tracking and escrow, through the console's origin). */
export class MediationApi {
  constructor(private readonly client: HttpClient) {}

  /** The head of the mediators' queue (mediators and admins), of every marketplace or of one. */
  queue(filter: { marketplaceId?: string; limit?: number } = {}): Promise<MediatorQueue> {
    const query = new URLSearchParams({ limit: String(filter.limit ?? QUEUE_PAGE) });
    if (filter.marketplaceId) query.set('marketplaceId', filter.marketplaceId);
    return this.client.json<MediatorQueue>({ method: 'GET', path: `/v1/disputes/queue?${query.toString()}` });
  }

  dispute(disputeId: string): Promise<DisputeCase> {
    return this.client.json<DisputeCase>({ method: 'GET', path: `/v1/disputes/${encodeURIComponent(disputeId)}` });
  }

  /** A file of the evidence, with the operator token (an `<img src>` could not send it). */
  evidenceContent(contentUrl: string): Promise<Blob> {
    return this.client.blob(contentUrl);
  }

  /** The order's shipments (outbound and returns) with their courier timelines. */
  async shipments(orderId: string): Promise<Shipment[]> {
    const page = await this.client.json<{ items: Shipment[] }>({ method: 'GET', path: `/v1/shipments?orderId=${encodeURIComponent(orderId)}` });
    return page.items;
  }

  /** The order's ledger lines, newest first (the first 200). */
  ledger(orderId: string): Promise<LedgerPage> {
    return this.client.json<LedgerPage>({ method: 'GET', path: `/v1/ledger/entries?orderId=${encodeURIComponent(orderId)}&limit=200` });
  }

  escrow(orderId: string): Promise<EscrowSummary> {
    return this.client.json<EscrowSummary>({ method: 'GET', path: `/v1/escrows/${encodeURIComponent(orderId)}` });
  }

  /** The console's operators (any operator may list them): to name the mediators of a case. */
  async operatorNames(): Promise<Map<string, string>> {
    const operators = await this.client.json<Array<{ id: string; name: string }>>({ method: 'GET', path: '/v1/admin/operators' });
    return new Map(operators.map((o) => [o.id, o.name]));
  }

  decide(disputeId: string, body: DecisionBody, idempotencyKey: string): Promise<DisputeActionResult> {
    return this.client.json<DisputeActionResult>({ method: 'POST', path: `/v1/disputes/${encodeURIComponent(disputeId)}/decision`, json: body, idempotencyKey });
  }

  postMessage(disputeId: string, message: string, idempotencyKey: string): Promise<DisputeActionResult> {
    return this.client.json<DisputeActionResult>({ method: 'POST', path: `/v1/disputes/${encodeURIComponent(disputeId)}/messages`, json: { message }, idempotencyKey });
  }
}
