import { canonicalJson, fingerprint } from './canonical-json';

describe(canonicalJson.name, () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
  it('writes null for undefined, as JSON does', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ a: null })).toBe('{"a":null}');
  });
  it('fingerprints equal values equally, different values differently', () => {
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
