/**
 * The dead-letter desk on the real PostgreSQL, Redis and Kafka: dead letters written onto a service's dead-letter
 * topic as the platform's publisher writes them (the original key, value and headers plus the `tc-dlt-*` ones)
 * reach the console's own group, once even when the topic carries one twice; any operator lists them (metadata
 * only, newest first, by pages, with the open ones counted per service and reason); an admin reads one in full
 * (audited) and replays it onto its original topic and partition, where it arrives byte for byte with
 * `tc-replayed-from`; a second replay is refused; viewers may neither read nor replay; unknown ids are 404.
 *
 * The poison message is a courier's intake message that is not even UTF-8, signed as couriers sign intake
 * records, dead-lettered by delivery-tracking: replayed onto `delivery.courier-intake.v1` with its original
 * headers, its signature still verifies; only delivery-tracking consumes it (and dead-letters it again).
 *
 * Growth: in an hour of the app clock no dead letter was recorded in yet, the first new dead letter of a service
 * raises one DEAD_LETTER_GROWTH alert, read back from `platform.alerts.v1` on Kafka; neither its duplicate nor the
 * next ones of the hour raise another.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { DEAD_LETTER_HEADERS, deadLetterTopic, EVENT_HEADERS, type EventOf, INTAKE_HEADERS, TOPICS } from '@trustcircle/contracts';
import { loadConfig, readProcessEnv, ServiceEnv } from '@trustcircle/config';
import { createKafka, intakeRecordOf } from '@trustcircle/messaging';
import { generateWebhookSecret, judgeIntakeSignature, signIntakeRecord } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Admin, Consumer, IHeaders, KafkaMessage, Producer } from 'kafkajs';
import { ConsoleTestKit } from '../testing/console-test-kit';
import { clockHourOf, deadLetterGrowthAlertId } from './domain/dead-letter-growth';
import { DEAD_LETTER_DESK_GROUP } from './domain/dead-letter-topics';

jest.setTimeout(30_000);

const DLT = deadLetterTopic('delivery-tracking');
const ORIGINAL_TOPIC = TOPICS.courierIntake.name;
const ORIGINAL_PARTITION = 2;
const PATH = '/v1/admin/dead-letters';

let kit: ConsoleTestKit;
let producer: Producer;
let tap: Consumer;
const tapped: KafkaMessage[] = [];
let kafkaAdmin: Admin;
let alertsTap: Consumer;
/** The DEAD_LETTER_GROWTH alerts the console published on `platform.alerts.v1` (from the topic's beginning), with their Kafka key. */
const growthAlerts: Array<{ key: string; event: EventOf<'platform.operator-alert-raised'> }> = [];
let admin: { token: string; operatorId: string };
let viewer: { token: string; operatorId: string };

/** This run's poison message: a courier intake body cut short, with bytes that are not UTF-8. */
const key = `VTP_DLT_${randomUUID().slice(0, 8)}`;
const value = Buffer.concat([Buffer.from(`{"trackingNumber":"${key}","status":"DELIVERED","note":"Nguyễn `), Buffer.from([0xff, 0xfe])]);
const partnerId = randomUUID();
const binaryHeader = Buffer.from([0x00, 0x01, 0xfe, 0xff]);
const originalOffset = String(1_000_000_000 + randomInt(1_000_000_000));
/** The courier's signing secret and when it signed (fixed, so a dead letter written twice carries the same headers). */
const courierSecret = generateWebhookSecret().secret;
const signedAt = new Date();
const signatureOf = (messageKey: string, messageValue: Buffer, offset: string) =>
  signIntakeRecord(courierSecret, messageValue, { id: `msg_${messageKey}_${offset}`, timestamp: signedAt });

/** Writes a dead letter onto delivery-tracking's dead-letter topic as DeadLetterPublisher does. */
async function deadLetter(messageKey: string, messageValue: Buffer, offset: string, failedAt: Date, reason = 'MALFORMED_JSON'): Promise<void> {
  const headers: IHeaders = {
    [INTAKE_HEADERS.partnerId]: partnerId,
    ...signatureOf(messageKey, messageValue, offset),
    'x-binary': binaryHeader,
    [DEAD_LETTER_HEADERS.reason]: reason,
    [DEAD_LETTER_HEADERS.detail]: 'SyntaxError: Unterminated string in JSON at position 71',
    [DEAD_LETTER_HEADERS.originalTopic]: ORIGINAL_TOPIC,
    [DEAD_LETTER_HEADERS.originalPartition]: String(ORIGINAL_PARTITION),
    [DEAD_LETTER_HEADERS.originalOffset]: offset,
    [DEAD_LETTER_HEADERS.consumerGroup]: 'tc.delivery-tracking',
    [DEAD_LETTER_HEADERS.failedAt]: failedAt.toISOString(),
  };
  // One partition, so the consumer reads them in this order.
  await producer.send({ topic: DLT, acks: -1, messages: [{ partition: 0, key: messageKey, value: messageValue, headers }] });
}

/** The console's rows for a message key. */
async function rowsOf(messageKey: string): Promise<Array<{ id: string }>> {
  return (await kit.db.query(`SELECT "id" FROM "console"."platform_dead_letters" WHERE "key" = $1`, [Buffer.from(messageKey)])) as Array<{ id: string }>;
}

const get = (path: string, bearer: string) => kit.request('GET', path, { bearer });
const problemType = (body: Record<string, unknown>) => String(body.type).split('/').pop();

beforeAll(async () => {
  kit = await ConsoleTestKit.start();
  const env = loadConfig(ServiceEnv, readProcessEnv());
  const kafka = createKafka({ clientId: 'test-dead-letters', brokers: env.KAFKA_BROKERS });
  producer = kafka.producer();
  tap = kafka.consumer({ groupId: `test-dead-letters-${randomUUID()}`, maxWaitTimeInMs: 100 });
  alertsTap = kafka.consumer({ groupId: `test-dead-letter-growth-${randomUUID()}`, maxWaitTimeInMs: 100 });
  kafkaAdmin = kafka.admin();
  const joined = new Promise<void>((resolve) => tap.on(tap.events.GROUP_JOIN, () => resolve()));
  await Promise.all([producer.connect(), tap.connect(), alertsTap.connect(), kafkaAdmin.connect()]);
  await tap.subscribe({ topic: ORIGINAL_TOPIC, fromBeginning: false });
  await tap.run({ eachMessage: async ({ message }) => void (message.key?.toString() === key && tapped.push(message)) });
  await alertsTap.subscribe({ topic: TOPICS.platformAlerts.name, fromBeginning: true });
  await alertsTap.run({
    eachMessage: async ({ message }) => {
      if (message.headers?.[EVENT_HEADERS.producer]?.toString() !== 'console' || !message.value) return;
      const event = JSON.parse(message.value.toString()) as EventOf<'platform.operator-alert-raised'>;
      if (event.data.code === 'DEAD_LETTER_GROWTH') growthAlerts.push({ key: message.key?.toString() ?? '', event });
    },
  });
  [admin, viewer] = await Promise.all([kit.tokenFor('admin'), kit.tokenFor('viewer'), joined]);
}, 30_000);

afterAll(async () => {
  await Promise.all([producer?.disconnect(), tap?.disconnect(), alertsTap?.disconnect(), kafkaAdmin?.disconnect()]);
  await kit?.close();
});

describe('the dead-letter desk', () => {
  let id: string;

  it('learns a dead letter from the service’s topic once, although the topic carries it twice', async () => {
    const now = Date.now();
    await deadLetter(key, value, originalOffset, new Date(now - 2000));
    // A publisher retrying after a crash: the same message again, failed a little later.
    await deadLetter(key, value, originalOffset, new Date(now - 1000));
    // Behind both on the partition: once it is recorded, the repeat has been read.
    const marker = `${key}-marker`;
    await deadLetter(marker, Buffer.from('{'), String(Number(originalOffset) + 1), new Date(now));
    await waitFor(async () => (await rowsOf(marker)).length === 1, { what: 'the dead letters to reach the console', timeoutMs: 20_000 });
    const rows = await rowsOf(key);
    expect(rows).toHaveLength(1);
    id = rows[0].id;
  });

  it('lists it to any operator, newest failure first, by pages, without the message, and counts the open ones per service and reason', async () => {
    const first = await get(`${PATH}?service=delivery-tracking&reason=MALFORMED_JSON&limit=1`, viewer.token);
    expect(first.status).toBe(200);
    const [marker] = first.body.items as Array<Record<string, unknown>>;
    expect(marker.key).toBe(`${key}-marker`);
    const second = await get(`${PATH}?service=delivery-tracking&reason=MALFORMED_JSON&limit=1&cursor=${String(first.body.nextCursor)}`, viewer.token);
    const [item] = second.body.items as Array<Record<string, unknown>>;
    expect(item).toEqual({
      id,
      state: 'open',
      service: 'delivery-tracking',
      consumerGroup: 'tc.delivery-tracking',
      originalTopic: ORIGINAL_TOPIC,
      originalPartition: ORIGINAL_PARTITION,
      originalOffset,
      key,
      keyEncoding: 'utf8',
      eventId: null,
      eventType: null,
      reason: 'MALFORMED_JSON',
      detail: 'SyntaxError: Unterminated string in JSON at position 71',
      failedAt: expect.any(String),
      deadLetterTopic: DLT,
      deadLetterPartition: 0,
      deadLetterOffset: expect.stringMatching(/^\d+$/),
      receivedAt: expect.any(String),
      replayedFrom: null,
      replayedAt: null,
      replayedBy: null,
      replayCount: 0,
      lastReplay: null,
    });
    const counts = first.body.openCounts as Array<{ service: string; reason: string; open: number }>;
    expect(counts.find((c) => c.service === 'delivery-tracking' && c.reason === 'MALFORMED_JSON')?.open).toBeGreaterThanOrEqual(2);
    expect((await get(`${PATH}?state=later`, viewer.token)).status).toBe(400);
  });

  it('shows an admin the message and its original headers, and audits the view', async () => {
    const res = await get(`${PATH}/${id}`, admin.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      payload: value.toString('base64'),
      payloadEncoding: 'base64',
      payloadBytes: value.length,
      headers: [
        { name: 'tc-partner-id', value: partnerId, encoding: 'utf8' },
        ...Object.entries(signatureOf(key, value, originalOffset)).map(([name, v]) => ({ name, value: v, encoding: 'utf8' })),
        { name: 'x-binary', value: binaryHeader.toString('base64'), encoding: 'base64' },
      ],
    });
    const [line, ...more] = await kit.auditRows({ action: 'dead-letter.view', target_id: id });
    expect(more).toHaveLength(0);
    expect(line).toMatchObject({ operator_id: admin.operatorId, outcome: 'SUCCEEDED', target_type: 'dead-letter' });
    expect(JSON.stringify(line.detail)).not.toContain(value.toString('base64'));
  });

  it('lets viewers neither read nor replay it, and answers 404 for an unknown one', async () => {
    expect((await get(`${PATH}/${id}`, viewer.token)).status).toBe(403);
    expect((await kit.request('POST', `${PATH}/${id}/replay`, { bearer: viewer.token })).status).toBe(403);
    const unknown = randomUUID();
    for (const res of [await get(`${PATH}/${unknown}`, admin.token), await kit.request('POST', `${PATH}/${unknown}/replay`, { bearer: admin.token })]) {
      expect([res.status, res.headers.get('content-type'), problemType(res.body)]).toEqual([404, 'application/problem+json; charset=utf-8', 'dead-letter-not-found']);
    }
  });

  it('replays it onto its original topic and partition byte for byte, marked where it came from, once', async () => {
    const res = await kit.request('POST', `${PATH}/${id}/replay`, { bearer: admin.token });
    expect(res.status).toBe(200);
    const replayedTo = res.body.replayedTo as { topic: string; partition: number; offset: string };
    expect(replayedTo).toMatchObject({ topic: ORIGINAL_TOPIC, partition: ORIGINAL_PARTITION });
    expect(res.body.deadLetter).toMatchObject({ id, state: 'replayed', replayCount: 1, replayedBy: admin.operatorId, lastReplay: { partition: ORIGINAL_PARTITION, offset: replayedTo.offset } });

    const message = await waitFor(() => tapped[0], { what: 'the replayed message on the original topic', timeoutMs: 10_000 });
    expect(message.offset).toBe(replayedTo.offset);
    expect(message.value?.equals(value)).toBe(true);
    expect(Object.keys(message.headers ?? {}).sort()).toEqual(['tc-partner-id', 'tc-replayed-from', 'webhook-id', 'webhook-signature', 'webhook-timestamp', 'x-binary']);
    expect(message.headers?.['tc-partner-id']?.toString()).toBe(partnerId);
    // The courier's signature travels with it, so the replayed record verifies as the original did.
    expect(judgeIntakeSignature([courierSecret], intakeRecordOf(message), new Date(), TOPICS.courierIntake.retentionMs / 1000)).toMatchObject({ ok: true });
    expect(Buffer.from(message.headers?.['x-binary'] as Buffer).equals(binaryHeader)).toBe(true);
    expect(message.headers?.['tc-replayed-from']?.toString()).toBe(id);
    expect(await kit.auditRows({ action: 'dead-letter.replay', target_id: id })).toEqual([expect.objectContaining({ operator_id: admin.operatorId, outcome: 'SUCCEEDED' })]);

    const again = await kit.request('POST', `${PATH}/${id}/replay`, { bearer: admin.token });
    expect([again.status, problemType(again.body)]).toEqual([409, 'dead-letter-already-replayed']);
    expect(tapped).toHaveLength(1);
    const replayed = await get(`${PATH}?service=delivery-tracking&state=replayed&limit=200`, viewer.token);
    expect((replayed.body.items as Array<{ id: string }>).map((i) => i.id)).toContain(id);
    const open = await get(`${PATH}?service=delivery-tracking&limit=200`, viewer.token);
    expect((open.body.items as Array<{ id: string }>).map((i) => i.id)).not.toContain(id);
  });
});

describe('dead-letter growth', () => {
  /** Waits until the desk's group has read every partition of the dead-letter topic to its end (what earlier files left there). */
  async function caughtUp(): Promise<void> {
    await waitFor(
      async () => {
        const [ends, [committed]] = await Promise.all([kafkaAdmin.fetchTopicOffsets(DLT), kafkaAdmin.fetchOffsets({ groupId: DEAD_LETTER_DESK_GROUP, topics: [DLT] })]);
        return ends.every((end) => Number(end.high) === 0 || Number(committed.partitions.find((p) => p.partition === end.partition)?.offset ?? -1) >= Number(end.high));
      },
      { what: 'the dead-letter desk to catch up with the dead-letter topic', timeoutMs: 20_000, intervalMs: 200 },
    );
  }

  /** The console's growth alerts of an id in its outbox: topic, key and whether the relay published it. */
  const outboxRows = async (alertId: string) =>
    (await kit.db.query(`SELECT "id", "topic", "key", "published_at" IS NOT NULL AS "published" FROM "console"."outbox" WHERE "type" = 'platform.operator-alert-raised' AND "key" = $1`, [
      alertId,
    ])) as Array<{ id: string; topic: string; key: string; published: boolean }>;

  it('raises one DEAD_LETTER_GROWTH alert on platform.alerts for the first dead letter of the hour, none for its duplicate or the next ones', async () => {
    await caughtUp();
    // An hour of the app clock no run has recorded a dead letter in: years ahead, 5 minutes past the hour.
    const hour = new Date(clockHourOf(kit.now()).getTime() + randomInt(24 * 365, 24 * 365 * 50) * 3_600_000);
    kit.advanceWithoutSweep(hour.getTime() + 5 * 60_000 - kit.now().getTime());
    const first = `${key}-growth`;
    const offset = Number(originalOffset) + 10;
    const now = Date.now();
    await deadLetter(first, Buffer.from('{"trackingNumber":'), String(offset), new Date(now - 3000));
    await deadLetter(first, Buffer.from('{"trackingNumber":'), String(offset), new Date(now - 2000)); // its duplicate
    await deadLetter(`${first}-2`, Buffer.from('{}'), String(offset + 1), new Date(now - 1000), 'HANDLER_FAILED');
    await deadLetter(`${first}-marker`, Buffer.from('{'), String(offset + 2), new Date(now));
    await waitFor(async () => (await rowsOf(`${first}-marker`)).length === 1, { what: 'the growth dead letters to reach the console', timeoutMs: 20_000 });
    expect(await rowsOf(first)).toHaveLength(1);
    const [{ n }] = (await kit.db.query(
      `SELECT count(*)::int AS "n" FROM "console"."platform_dead_letters" WHERE "service" = 'delivery-tracking' AND "received_at" >= $1 AND "received_at" < $2`,
      [hour, new Date(hour.getTime() + 3_600_000)],
    )) as Array<{ n: number }>;
    expect(n).toBe(3);

    const alertId = deadLetterGrowthAlertId('delivery-tracking', hour, 1);
    const rows = await outboxRows(alertId);
    expect(rows).toEqual([{ id: expect.any(String), topic: TOPICS.platformAlerts.name, key: alertId, published: expect.any(Boolean) }]);
    expect(await outboxRows(deadLetterGrowthAlertId('delivery-tracking', hour, 10))).toEqual([]);
    await waitFor(async () => (await outboxRows(alertId))[0].published && growthAlerts.some((a) => a.key === alertId), {
      what: 'the growth alert on platform.alerts.v1',
      timeoutMs: 20_000,
    });
    const onKafka = growthAlerts.filter((a) => a.key === alertId);
    expect(onKafka).toHaveLength(1);
    expect(onKafka[0].event).toMatchObject({ id: rows[0].id, type: 'platform.operator-alert-raised', producer: 'console', key: alertId });
    expect(onKafka[0].event.data).toEqual({
      alertId,
      severity: 'WARNING',
      code: 'DEAD_LETTER_GROWTH',
      message: `delivery-tracking dead-lettered 1 message this hour (latest: MALFORMED_JSON on ${ORIGINAL_TOPIC}; hour from ${hour.toISOString()}). See the console's dead letters (service delivery-tracking).`,
      service: 'console',
      orderId: null,
      raisedAt: expect.any(String),
    });
    expect(clockHourOf(new Date(onKafka[0].event.data.raisedAt)).toISOString()).toBe(hour.toISOString());
    expect(JSON.stringify(onKafka[0].event)).not.toContain(first);
  });
});
