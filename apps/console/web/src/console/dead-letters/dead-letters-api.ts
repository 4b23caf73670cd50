import type { HttpClient } from '../../api/http-client';
import type { DeadLetterDetail, DeadLetterFilter, DeadLetterPage, ReplayResult } from './dead-letter-types';

const base = '/v1/admin/dead-letters';

/** The dead-letter desk's calls (the console's own API). */
export class DeadLettersApi {
  constructor(private readonly client: HttpClient) {}

  /** A page, newest failure first, with the open counts per service and reason (any operator). */
  list(filter: DeadLetterFilter, cursor?: string): Promise<DeadLetterPage> {
    const q = new URLSearchParams({ state: filter.state, limit: '50' });
    if (filter.service) q.set('service', filter.service);
    if (filter.reason) q.set('reason', filter.reason);
    if (cursor) q.set('cursor', cursor);
    return this.client.json<DeadLetterPage>({ method: 'GET', path: `${base}?${q.toString()}` });
  }

  /** One dead letter with its message and headers (admins; audited). */
  get(id: string): Promise<DeadLetterDetail> {
    return this.client.json<DeadLetterDetail>({ method: 'GET', path: `${base}/${encodeURIComponent(id)}` });
  }

  /** Replays it onto its original topic (admins; audited; safe to retry with the same key). */
  replay(id: string, idempotencyKey: string): Promise<ReplayResult> {
    return this.client.json<ReplayResult>({ method: 'POST', path: `${base}/${encodeURIComponent(id)}/replay`, json: {}, idempotencyKey });
  }
}
