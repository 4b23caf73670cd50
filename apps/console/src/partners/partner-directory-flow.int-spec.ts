import { randomUUID } from 'node:crypto';
import { type EventOf, TOPICS } from '@trustcircle/contracts';
import { loadConfig, readProcessEnv, ServiceEnv } from '@trustcircle/config';
import { serviceDataSourceOptions } from '@trustcircle/database';
import { SystemClock } from '@trustcircle/kernel';
import { createKafka, decodeEvent } from '@trustcircle/messaging';
import {
  PartnerDirectory,
  PartnerDirectoryOnPartnerUpserted,
  PartnerDirectoryOnSigningKeyPublished,
  PartnerDirectoryWriter,
  PlatformKeyring,
  verifyOperatorToken,
} from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import { type ConsoleTestApp, createConsoleTestApp } from '../../test/console-test-app';
import { CreatePartnerUseCase } from './application/create-partner/create-partner.use-case';
import { SetPartnerStatusUseCase } from './application/set-partner-status/set-partner-status.use-case';

/**
 * The whole path: a console change → its outbox → Kafka (compacted partners.directory.v1) → another service's
 * partner directory (the notifications schema here) → that service authenticates the partner.
 */
describe('partner directory over Kafka (console → topic → a service)', () => {
  let t: ConsoleTestApp;
  let service: DataSource;
  let directory: PartnerDirectory;
  let onPartner: PartnerDirectoryOnPartnerUpserted;
  let onKey: PartnerDirectoryOnSigningKeyPublished;
  let consumer: Consumer;
  const received: Array<{ key: string; value: string; message: KafkaMessage }> = [];

  beforeAll(async () => {
    t = await createConsoleTestApp();
    const env = loadConfig(ServiceEnv, readProcessEnv());
    service = new DataSource(serviceDataSourceOptions({ service: 'notifications', entities: [], migrations: [] }, { ...env, DB_POOL_MAX: 2 }));
    await service.initialize();
    directory = new PartnerDirectory(service, PlatformKeyring.fromBase64(env.PLATFORM_ENCRYPTION_KEY), new SystemClock());
    const writer = new PartnerDirectoryWriter(directory);
    onPartner = new PartnerDirectoryOnPartnerUpserted(writer);
    onKey = new PartnerDirectoryOnSigningKeyPublished(writer);
    consumer = createKafka({ clientId: 'test-directory-flow', brokers: env.KAFKA_BROKERS }).consumer({ groupId: `test-directory-flow-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [TOPICS.partnerDirectory.name], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', message });
      },
    });
  });
  afterAll(async () => {
    await consumer.disconnect();
    await service.destroy();
    await t.close();
  });

  /** Applies the latest message for `key` the way the service's consumer does (decode, then the handler, in a transaction). */
  async function applyLatest(key: string, revision: number): Promise<void> {
    const msg = await waitFor(
      () => {
        const found = received.filter((r) => r.key === key && (JSON.parse(r.value) as { data: { revision?: number } }).data.revision === revision);
        return found[found.length - 1];
      },
      { timeoutMs: 20_000, what: `revision ${revision} of ${key} on Kafka` },
    );
    const decoded = decodeEvent(TOPICS.partnerDirectory.name, msg.message, () => true);
    if (decoded.ok !== true) throw new Error(`undecodable: ${JSON.stringify(decoded)}`);
    await service.transaction((manager) => onPartner.handle(decoded.event as EventOf<'partners.partner-upserted'>, { manager, topic: TOPICS.partnerDirectory.name, partition: 0, offset: '0' }));
  }

  it('teaches a service new partners: their API keys and webhook secrets work there, and a disable reaches it', async () => {
    const create = t.app.get(CreatePartnerUseCase);
    const marketplace = await create.execute({ kind: 'MARKETPLACE', name: `Sàn ${randomUUID().slice(0, 6)}` });
    const courier = await create.execute({ kind: 'COURIER', name: `Courier ${randomUUID().slice(0, 6)}` });
    await applyLatest(marketplace.partnerId, 1);
    await applyLatest(courier.partnerId, 1);

    const auth = await directory.authenticateApiKey(marketplace.credentials.apiKey as string);
    expect(auth).toMatchObject({ ok: true, partner: { partnerId: marketplace.partnerId, kind: 'MARKETPLACE' } });
    expect(await directory.settingsOf(marketplace.partnerId)).toMatchObject({ inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24 });
    expect(await directory.webhookSecretsOf(courier.partnerId)).toEqual([courier.credentials.webhookSecret]);

    const onTheWire = received.filter((r) => r.key === marketplace.partnerId || r.key === courier.partnerId).map((r) => r.value).join('\n');
    for (const secret of [marketplace.credentials.apiKey, courier.credentials.apiKey, courier.credentials.webhookSecret] as string[]) {
      expect(onTheWire).not.toContain(secret);
      expect(onTheWire).not.toContain(secret.startsWith('whsec_') ? secret.slice(6) : secret.split('_').slice(3).join('_'));
    }

    await t.app.get(SetPartnerStatusUseCase).execute(marketplace.partnerId, 'DISABLED');
    await applyLatest(marketplace.partnerId, 2);
    expect(await directory.authenticateApiKey(marketplace.credentials.apiKey as string)).toMatchObject({ ok: false, reason: 'partner-disabled' });
  });

  it('publishes the operator signing key, so a service verifies the console’s operator tokens', async () => {
    const admin = await t.tokenFor('admin');
    const kid = JSON.parse(Buffer.from(admin.token.split('.')[0], 'base64url').toString()).kid as string;
    const msg = await waitFor(() => received.find((r) => r.key === kid), { timeoutMs: 20_000, what: `signing key ${kid} on Kafka` });
    const decoded = decodeEvent(TOPICS.partnerDirectory.name, msg.message, () => true);
    if (decoded.ok !== true) throw new Error('undecodable');
    const event = decoded.event as EventOf<'partners.operator-signing-key-published'>;
    expect(event.data).toMatchObject({ kid, alg: 'EdDSA', status: 'ACTIVE', publicJwk: { kty: 'OKP', crv: 'Ed25519' } });
    expect(msg.value).not.toMatch(/"d"\s*:/);
    await service.transaction((manager) => onKey.handle(event, { manager, topic: TOPICS.partnerDirectory.name, partition: 0, offset: '0' }));
    const identity = await verifyOperatorToken(admin.token, (k) => directory.operatorKey(k), new Date());
    expect(identity).toMatchObject({ operatorId: admin.operatorId, role: 'admin', name: admin.name });
  });
});
