import type { HttpClient } from '../../api/http-client';
import type { TrustKind, TrustReport } from './trust-types';

/** The public trust reports, read through the console (which forwards `/v1/public/trust/...` to the owning service). */
export class TrustApi {
  constructor(private readonly client: HttpClient) {}

  report(kind: TrustKind, id: string): Promise<TrustReport> {
    return this.client.json<TrustReport>({
      method: 'GET',
      path: `/v1/public/trust/${kind}/${encodeURIComponent(id)}`,
      auth: false,
    });
  }
}
