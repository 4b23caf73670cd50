/**
 * An in-process orders service on a random port, against the real test PostgreSQL, Redis and Kafka, plus
 * marketplaces registered in its partner directory the way the partner topic would register them.
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { PartnerUpsertedV1 } from '@trustcircle/contracts';
import { generateApiKey, PartnerDirectoryWriter } from '@trustcircle/security';
import { createServiceApp } from '@trustcircle/service-kit';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';

export async function startOrdersApp(): Promise<NestExpressApplication> {
  const app = await createServiceApp(AppModule.forRoot({ ...process.env }), { service: 'orders' });
  await app.listen(0, '127.0.0.1');
  return app;
}

export function urlOf(app: NestExpressApplication, path: string): string {
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}${path}`;
}

/** Registers an active marketplace in the app's directory; returns its id and API key. */
export async function registerMarketplace(app: NestExpressApplication, overrides: Partial<PartnerUpsertedV1> = {}): Promise<{ id: string; apiKey: string }> {
  const id = randomUUID();
  const key = generateApiKey('MARKETPLACE');
  const now = new Date().toISOString();
  const event: PartnerUpsertedV1 = {
    partnerId: id,
    kind: 'MARKETPLACE',
    status: 'ACTIVE',
    name: `Test shop ${id.slice(0, 8)}`,
    revision: 1,
    apiKeys: [{ keyId: key.keyId, sha256: key.sha256, createdAt: now, expiresAt: null }],
    webhookSecrets: [],
    marketplaceIds: [],
    settings: { inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] },
    updatedAt: now,
    ...overrides,
  };
  const ds = app.get<DataSource>(getDataSourceToken());
  await ds.transaction((m) => app.get(PartnerDirectoryWriter).applyPartner(m, event));
  return { id, apiKey: key.apiKey };
}

/** A valid order body, unique by external id. */
export function orderBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalId: `SHOP-${randomUUID()}`,
    buyer: { name: 'Nguyễn Thị Hoa', phone: '0901234567', email: 'hoa@example.vn' },
    seller: { id: 'seller-1', name: 'Cửa hàng Ánh Dương' },
    items: [{ sku: 'AO-01', name: 'Áo dài lụa', quantity: 2, unitPrice: 600_000 }],
    shippingFee: 35_000,
    totalAmount: 1_235_000,
    currency: 'VND',
    paymentMethod: 'PREPAID',
    ...overrides,
  };
}
