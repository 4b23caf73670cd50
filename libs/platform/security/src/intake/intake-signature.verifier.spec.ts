import { randomBytes, randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { INTAKE_HEADERS, TOPICS } from '@trustcircle/contracts';
import { type IntakeContext, PermanentEventError } from '@trustcircle/messaging';
import type { DataSource } from 'typeorm';
import { PlatformKeyring } from '../crypto/platform-keyring';
import { generateWebhookSecret, webhookSecretAad } from '../crypto/webhook-secret';
import type { DirectoryPartnerRow } from '../directory/directory-partner';
import { PartnerDirectory } from '../directory/partner-directory';
import { signIntakeRecord } from './intake-signature';
import { IntakeSignatureVerifier } from './intake-signature.verifier';

const now = new Date('2030-01-01T00:00:00Z');
const keyring = new PlatformKeyring(randomBytes(32));
const rows = new Map<string, DirectoryPartnerRow>();

/** A marketplace in the directory with these secrets (sealed as the partner topic carries them), and their expiries. */
function marketplace(secrets: Array<{ secret: string; expiresAt: string | null }>): string {
  const id = randomUUID();
  const webhookSecrets = secrets.map((s, i) => {
    const sealed = keyring.seal(s.secret, webhookSecretAad(id, `ws_${i}`));
    return { id: `ws_${i}`, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: '2029-01-01T00:00:00.000Z', expiresAt: s.expiresAt };
  });
  rows.set(id, {
    partner_id: id,
    kind: 'MARKETPLACE',
    status: 'ACTIVE',
    name: 'Shop',
    version: 1,
    api_keys: [],
    webhook_secrets: webhookSecrets,
    marketplace_ids: [],
    settings: {} as DirectoryPartnerRow['settings'],
    updated_at: now,
  });
  return id;
}

// The real directory (decryption, expiry filter) over a data source that answers from `rows`.
const dataSource = { options: { type: 'postgres', schema: 'orders' }, query: async (_sql: string, [id]: [string]) => (rows.has(id) ? [rows.get(id)] : []) };
const clock = { now: () => now };
const verifier = new IntakeSignatureVerifier(new PartnerDirectory(dataSource as unknown as DataSource, keyring, clock), clock);

const A_SECRET = generateWebhookSecret().secret;
const B_SECRET = generateWebhookSecret().secret;
const shopA = marketplace([{ secret: A_SECRET, expiresAt: null }]);
const shopB = marketplace([{ secret: B_SECRET, expiresAt: null }]);
const value = Buffer.from(JSON.stringify({ externalId: 'SHOP-1', note: 'Giao giờ hành chính' }), 'utf8');

function ctx(partnerId: string, headers: Record<string, string>, topic: string = TOPICS.orderIntake.name): IntakeContext {
  return { partnerId, topic, partition: 3, offset: '42', record: { value, headers: { [INTAKE_HEADERS.partnerId]: partnerId, ...headers } } };
}
const sign = (secret: string, at: Date = now) => signIntakeRecord(secret, value, { id: `msg_${randomUUID()}`, timestamp: at });

async function refusal(c: IntakeContext): Promise<PermanentEventError> {
  const error = await verifier.verify(c).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PermanentEventError);
  return error as PermanentEventError;
}

describe(IntakeSignatureVerifier.name, () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('lets a record signed by the partner it names through, on both intake topics', async () => {
    await expect(verifier.verify(ctx(shopA, sign(A_SECRET)))).resolves.toBeUndefined();
    await expect(verifier.verify(ctx(shopA, sign(A_SECRET), TOPICS.courierIntake.name))).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses an unsigned record as CONTRACT_VIOLATION', async () => {
    const e = await refusal(ctx(shopA, {}));
    expect(e.reason).toBe('CONTRACT_VIOLATION');
    expect(e.message).toMatch(/unsigned.*webhook-signature/);
  });

  it('refuses a record marketplace B signed but headed as marketplace A (CONTRACT_VIOLATION, logged for security without the signature)', async () => {
    const headers = sign(B_SECRET);
    await expect(verifier.verify(ctx(shopB, headers))).resolves.toBeUndefined(); // B's record under B's own id
    const e = await refusal(ctx(shopA, headers));
    expect([e.reason, e.message]).toEqual(['CONTRACT_VIOLATION', expect.stringMatching(/forged/)]);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0][0]);
    expect(line).toContain('security: intake-signature-forged');
    expect(line).toContain(shopA);
    expect(line).toContain(headers[INTAKE_HEADERS.webhookId]);
    for (const secretish of [headers[INTAKE_HEADERS.webhookSignature].slice(3), B_SECRET.slice(6), A_SECRET.slice(6)]) {
      expect(line).not.toContain(secretish);
      expect(e.message).not.toContain(secretish);
    }
  });

  it('refuses a wrong secret, and a partner with no secret at all, or unknown', async () => {
    expect((await refusal(ctx(shopA, sign(generateWebhookSecret().secret)))).message).toMatch(/forged/);
    expect((await refusal(ctx(marketplace([]), sign(A_SECRET)))).message).toMatch(/no-secret/);
    expect((await refusal(ctx(randomUUID(), sign(A_SECRET)))).message).toMatch(/no-secret/);
  });

  it('accepts the old and the new secret during a rotation overlap, and refuses the old one once expired', async () => {
    const old = generateWebhookSecret().secret;
    const next = generateWebhookSecret().secret;
    const rotating = marketplace([
      { secret: old, expiresAt: '2030-01-02T00:00:00.000Z' },
      { secret: next, expiresAt: null },
    ]);
    await expect(verifier.verify(ctx(rotating, sign(old)))).resolves.toBeUndefined();
    await expect(verifier.verify(ctx(rotating, sign(next)))).resolves.toBeUndefined();
    const rotated = marketplace([
      { secret: old, expiresAt: '2029-12-31T00:00:00.000Z' },
      { secret: next, expiresAt: null },
    ]);
    expect((await refusal(ctx(rotated, sign(old)))).message).toMatch(/forged/);
    await expect(verifier.verify(ctx(rotated, sign(next)))).resolves.toBeUndefined();
  });

  it('judges the timestamp by the topic’s retention (7 days) in the past and 5 minutes ahead, not the HTTP 5 minutes', async () => {
    const at = (ms: number) => new Date(now.getTime() + ms);
    const retention = TOPICS.orderIntake.retentionMs;
    await expect(verifier.verify(ctx(shopA, sign(A_SECRET, at(-3 * 3_600_000))))).resolves.toBeUndefined(); // 3 hours of lag
    await expect(verifier.verify(ctx(shopA, sign(A_SECRET, at(-retention + 1000))))).resolves.toBeUndefined(); // a replay from the dead-letter desk
    expect((await refusal(ctx(shopA, sign(A_SECRET, at(-retention - 1000))))).message).toMatch(/stale/);
    await expect(verifier.verify(ctx(shopA, sign(A_SECRET, at(4 * 60_000))))).resolves.toBeUndefined();
    expect((await refusal(ctx(shopA, sign(A_SECRET, at(6 * 60_000))))).message).toMatch(/future/);
  });

  it('refuses to judge a record of a topic with no retention', async () => {
    await expect(verifier.verify(ctx(shopA, sign(A_SECRET), 'no.such.topic'))).rejects.toThrow(/not a declared topic/);
  });
});
