import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { canonicalJson } from '@trustcircle/kernel';
import { publicJwkOf } from '@trustcircle/security';
import { sampleDocument } from '../testing/sample-document';
import { jwsSha256, jwsSignatureValid, parseDocumentJws, signDocument } from './document-jws';

/** Runs a snippet in a real Node process, where jose (ESM-only) loads; jest cannot load it. */
function withJose(script: string, input: unknown): unknown {
  const out = execFileSync(
    process.execPath,
    ['-e', `const jose = require('jose'); const input = JSON.parse(process.argv[1]); (async () => { ${script} })().then((r) => process.stdout.write(JSON.stringify(r)), (e) => { process.stderr.write(String(e)); process.exit(1); });`, JSON.stringify(input)],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as unknown;
}

describe('document JWS', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const doc = sampleDocument();

  it('signs the canonical JSON (keys sorted at every depth), so equal documents sign to equal payloads', () => {
    const jws = signDocument(doc, 'kid-1', privateKey);
    const payload = Buffer.from(jws.split('.')[1], 'base64url').toString('utf8');
    expect(payload).toBe(canonicalJson(doc));
    expect(payload.indexOf('"amounts"')).toBeLessThan(payload.indexOf('"chain"'));
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    expect(signDocument(reordered, 'kid-1', privateKey)).toBe(jws); // Ed25519 is deterministic
    expect(parseDocumentJws(jws)).toEqual({ header: { alg: 'EdDSA', kid: 'kid-1', typ: 'tc-document+jws' }, payload: JSON.parse(payload), canonical: true });
  });

  it('hashes the JWS string, and any change of a byte changes the hash and breaks the signature', () => {
    const jws = signDocument(doc, 'kid-1', privateKey);
    expect(jwsSha256(jws)).toMatch(/^[0-9a-f]{64}$/);
    expect(jwsSignatureValid(jws, publicKey)).toBe(true);
    const altered = jws.slice(0, -2) + (jws.endsWith('A') ? 'B' : 'A') + jws.slice(-1);
    expect(jwsSha256(altered)).not.toBe(jwsSha256(jws));
    expect(jwsSignatureValid(altered, publicKey)).toBe(false);
  });

  it('marks a payload that is not canonical JSON, and refuses what is no compact JWS', () => {
    const h = Buffer.from('{"alg":"EdDSA"}').toString('base64url');
    const p = Buffer.from('{"b":1,"a":2}').toString('base64url');
    expect(parseDocumentJws(`${h}.${p}.AAAA`)?.canonical).toBe(false);
    expect(parseDocumentJws('not-a-jws')).toBeNull();
  });

  it('is verified by jose with the public JWK (interoperable)', () => {
    const jws = signDocument(doc, 'kid-1', privateKey);
    const result = withJose(
      `const key = await jose.importJWK({ ...input.jwk, alg: 'EdDSA' }, 'EdDSA'); const r = await jose.compactVerify(input.jws, key, { algorithms: ['EdDSA'] }); return { header: r.protectedHeader, payload: JSON.parse(new TextDecoder().decode(r.payload)) };`,
      { jws, jwk: publicJwkOf(publicKey) },
    ) as { header: Record<string, string>; payload: { amounts: Array<{ amount: number }> } };
    expect(result.header).toEqual({ alg: 'EdDSA', kid: 'kid-1', typ: 'tc-document+jws' });
    expect(result.payload.amounts[0].amount).toBe(1_235_000);
  });
});
