import { generateKeyPairSync } from 'node:crypto';
import { canonicalJson } from '@trustcircle/kernel';
import { publicJwkOf } from '@trustcircle/security';
import { compactVerify, importJWK } from 'jose';
import { sampleDocument } from '../testing/sample-document';
import { jwsSha256, jwsSignatureValid, parseDocumentJws, signDocument } from './document-jws';

describe('document JWS', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const doc = sampleDocument();

  it('signs the canonical JSON (keys sorted at every depth), so equal documents sign to equal payloads', async () => {
    const jws = await signDocument(doc, 'kid-1', privateKey);
    const payload = Buffer.from(jws.split('.')[1], 'base64url').toString('utf8');
    expect(payload).toBe(canonicalJson(doc));
    expect(payload.indexOf('"amounts"')).toBeLessThan(payload.indexOf('"chain"'));
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    expect(await signDocument(reordered, 'kid-1', privateKey)).toBe(jws); // Ed25519 is deterministic
    expect(parseDocumentJws(jws)).toEqual({ header: { alg: 'EdDSA', kid: 'kid-1', typ: 'tc-document+jws' }, payload: JSON.parse(payload), canonical: true });
  });

  it('hashes the JWS string, and any change of a byte changes the hash and breaks the signature', async () => {
    const jws = await signDocument(doc, 'kid-1', privateKey);
    expect(jwsSha256(jws)).toMatch(/^[0-9a-f]{64}$/);
    expect(await jwsSignatureValid(jws, publicKey)).toBe(true);
    const altered = jws.slice(0, -2) + (jws.at(-2) === 'A' ? 'B' : 'A') + jws.slice(-1); // the signature's next-to-last character, always changed
    expect(jwsSha256(altered)).not.toBe(jwsSha256(jws));
    expect(await jwsSignatureValid(altered, publicKey)).toBe(false);
  });

  it('marks a payload that is not canonical JSON, and refuses what is no compact JWS', () => {
    const h = Buffer.from('{"alg":"EdDSA"}').toString('base64url');
    const p = Buffer.from('{"b":1,"a":2}').toString('base64url');
    expect(parseDocumentJws(`${h}.${p}.AAAA`)?.canonical).toBe(false);
    expect(parseDocumentJws('not-a-jws')).toBeNull();
  });

  it('is verified by jose with the public JWK alone (what a relying party holds)', async () => {
    const jws = await signDocument(doc, 'kid-1', privateKey);
    const key = await importJWK({ ...publicJwkOf(publicKey), alg: 'EdDSA' }, 'EdDSA');
    const r = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
    expect(r.protectedHeader).toEqual({ alg: 'EdDSA', kid: 'kid-1', typ: 'tc-document+jws' });
    expect((JSON.parse(new TextDecoder().decode(r.payload)) as { amounts: Array<{ amount: number }> }).amounts[0].amount).toBe(1_235_000);
    // a key the document was not signed with does not verify it
    const other = await importJWK({ ...publicJwkOf(generateKeyPairSync('ed25519').publicKey), alg: 'EdDSA' }, 'EdDSA');
    await expect(compactVerify(jws, other, { algorithms: ['EdDSA'] })).rejects.toThrow();
  });
});
