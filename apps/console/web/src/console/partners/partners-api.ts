import type { HttpClient } from '../../api/http-client';
import type { CreatedPartner, CreatePartnerBody, Partner, PartnerKind, PartnerPage, PartnerSettingsPatch, PartnerStatus, RotatedCredentials, RotationTarget } from './partner-types';

const base = '/v1/admin/partners';
const id = (partnerId: string) => `${base}/${encodeURIComponent(partnerId)}`;

/**
 * The partner registry's calls (the console's own API). Onboarding and rotation are not idempotent on the server
 * (their answers hold credentials, which must not be stored): they send no Idempotency-Key.
 */
export class PartnersApi {
  constructor(private readonly client: HttpClient) {}

  list(filter: { kind?: PartnerKind; status?: PartnerStatus; cursor?: string; limit?: number } = {}): Promise<PartnerPage> {
    const q = new URLSearchParams();
    if (filter.kind) q.set('kind', filter.kind);
    if (filter.status) q.set('status', filter.status);
    if (filter.cursor) q.set('cursor', filter.cursor);
    q.set('limit', String(filter.limit ?? 50));
    return this.client.json<PartnerPage>({ method: 'GET', path: `${base}?${q.toString()}` });
  }

  /** Every partner of a kind (all pages), e.g. the marketplaces a payment partner may serve. */
  async all(kind: PartnerKind): Promise<Partner[]> {
    const out: Partner[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const answer = await this.list({ kind, cursor, limit: 200 });
      out.push(...answer.items);
      if (!answer.nextCursor) break;
      cursor = answer.nextCursor;
    }
    return out;
  }

  get(partnerId: string): Promise<Partner> {
    return this.client.json<Partner>({ method: 'GET', path: id(partnerId) });
  }

  create(body: CreatePartnerBody): Promise<CreatedPartner> {
    return this.client.json<CreatedPartner>({ method: 'POST', path: base, json: body });
  }

  update(partnerId: string, body: { name?: string; settings?: PartnerSettingsPatch }): Promise<Partner> {
    return this.client.json<Partner>({ method: 'PATCH', path: id(partnerId), json: body });
  }

  setEnabled(partnerId: string, enabled: boolean): Promise<Partner> {
    return this.client.json<Partner>({ method: 'POST', path: `${id(partnerId)}/${enabled ? 'enable' : 'disable'}`, json: {} });
  }

  rotate(partnerId: string, credential: RotationTarget, overlapHours: number): Promise<RotatedCredentials> {
    return this.client.json<RotatedCredentials>({ method: 'POST', path: `${id(partnerId)}/credential-rotations`, json: { credential, overlapHours } });
  }

  revoke(partnerId: string, credentialId: string): Promise<Partner> {
    return this.client.json<Partner>({ method: 'POST', path: `${id(partnerId)}/credentials/${encodeURIComponent(credentialId)}/revoke`, json: {} });
  }

  bind(partnerId: string, marketplaceId: string): Promise<Partner> {
    return this.client.json<Partner>({ method: 'PUT', path: `${id(partnerId)}/marketplaces/${encodeURIComponent(marketplaceId)}` });
  }

  unbind(partnerId: string, marketplaceId: string): Promise<Partner> {
    return this.client.json<Partner>({ method: 'DELETE', path: `${id(partnerId)}/marketplaces/${encodeURIComponent(marketplaceId)}` });
  }
}
