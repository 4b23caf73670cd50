import type { HttpClient } from '../../api/http-client';
import type { EscrowManualAction, EscrowMoney, ManualActionPage, ManualActionStatus, OrderHit, ProposeBody } from './money-types';

/** The money desk's calls: the console's queue and order search, and escrow's manual actions. */
export class MoneyApi {
  constructor(private readonly client: HttpClient) {}

  /** The queue (`PROPOSED`, oldest first), or every action newest activity first (no status). */
  list(status?: ManualActionStatus, limit = 50): Promise<ManualActionPage> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (status) q.set('status', status);
    return this.client.json<ManualActionPage>({ method: 'GET', path: `/v1/admin/manual-actions?${q.toString()}` });
  }

  /** Orders matching an order code or id (the console's order explorer; audited). */
  async findOrders(q: string): Promise<OrderHit[]> {
    const answer = await this.client.json<{ items: OrderHit[] }>({ method: 'GET', path: `/v1/admin/orders?${new URLSearchParams({ q }).toString()}` });
    return answer.items;
  }

  escrow(orderId: string): Promise<EscrowMoney> {
    return this.client.json<EscrowMoney>({ method: 'GET', path: `/v1/escrows/${encodeURIComponent(orderId)}` });
  }

  propose(orderId: string, body: ProposeBody, idempotencyKey: string): Promise<EscrowManualAction> {
    return this.client.json<EscrowManualAction>({ method: 'POST', path: `/v1/escrows/${encodeURIComponent(orderId)}/manual-actions`, json: body, idempotencyKey });
  }

  /** Approve (executed at once) or reject a proposal: another admin than the proposer. */
  decide(orderId: string, actionId: string, decision: 'approve' | 'reject', note: string): Promise<EscrowManualAction> {
    const json = note.trim() ? { note: note.trim() } : {};
    return this.client.json<EscrowManualAction>({
      method: 'POST',
      path: `/v1/escrows/${encodeURIComponent(orderId)}/manual-actions/${encodeURIComponent(actionId)}/${decision}`,
      json,
    });
  }
}
