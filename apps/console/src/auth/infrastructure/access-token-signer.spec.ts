import { generateSigningKey, PlatformKeyring, publicKeyFromJwk, verifyOperatorToken } from '@trustcircle/security';
import { randomBytes } from 'node:crypto';
import type { EnsureSigningKeyUseCase } from '../../operators/application/ensure-signing-key/ensure-signing-key.use-case';
import type { SigningKeyRecord } from '../../operators/infrastructure/signing-key.orm-entity';
import { sessionIdOfBearer } from '../domain/session-claim';
import { AccessTokenSigner } from './access-token-signer';

describe(AccessTokenSigner.name, () => {
  it('signs an operator token every service verifies, carrying the session as sid', async () => {
    const keyring = new PlatformKeyring(randomBytes(32));
    const key = generateSigningKey();
    const sealed = keyring.seal(key.privateKeyDer, key.kid);
    const record = { kid: key.kid, privateKeySealed: sealed.ciphertext, encKeyId: sealed.keyId } as SigningKeyRecord;
    const ensure = { execute: jest.fn().mockResolvedValue(record) } as unknown as EnsureSigningKeyUseCase;
    const signer = new AccessTokenSigner(ensure, keyring);
    const now = new Date('2026-03-01T08:00:00.000Z');
    const sessionId = '3f1d2c4b-5a69-4788-9c0b-1d2e3f4a5b6c';
    const operatorId = '0b8a3c1e-1111-4222-8333-944455556666';

    const { token, expiresAt } = await signer.sign({ operatorId, name: 'nguyen.lan', role: 'mediator', sessionId }, now, 600);

    expect(expiresAt.toISOString()).toBe('2026-03-01T08:10:00.000Z');
    const identity = await verifyOperatorToken(token, async () => ({ kid: key.kid, key: publicKeyFromJwk(key.publicJwk), status: 'ACTIVE', notAfter: null }), now);
    expect(identity).toMatchObject({ operatorId, name: 'nguyen.lan', role: 'mediator', kid: key.kid, expiresAt });
    expect(sessionIdOfBearer(`Bearer ${token}`)).toBe(sessionId);
    await expect(verifyOperatorToken(token, async () => ({ kid: key.kid, key: publicKeyFromJwk(key.publicJwk), status: 'ACTIVE', notAfter: null }), new Date('2026-03-01T08:11:00.000Z'))).rejects.toThrow('expired');
  });
});
