/**
 * Published event versions never change shape (see tools/contracts/contract-compat.ts for the rule): the code's
 * payload schemas must equal libs/contracts/compat/events.snapshot.json, and every version must be recorded there.
 */
import { compareWithSnapshot, currentSchemas, readSnapshot, type SchemaSnapshot } from './contract-compat';
import type { JsonSchema } from './json-schema';

const current = currentSchemas();
const snapshot = readSnapshot();
const KEY = 'orders.order-placed v1';

/** A deep copy of the current schemas with one payload edited. */
function altered(edit: (placed: JsonSchema & { properties: Record<string, JsonSchema>; required: string[] }) => void): SchemaSnapshot {
  const copy = JSON.parse(JSON.stringify(current)) as SchemaSnapshot;
  edit(copy[KEY] as JsonSchema & { properties: Record<string, JsonSchema>; required: string[] });
  return copy;
}

const kinds = (after: SchemaSnapshot): string[] => compareWithSnapshot(current, after).map((p) => `${p.kind} ${p.path}`);

describe('published event versions', () => {
  it('keep the shape recorded in the snapshot, and every version and intake message is recorded', () => {
    expect(compareWithSnapshot(snapshot, current).map((p) => p.message)).toEqual([]);
  });

  it('are all in the current schemas (every catalogued event and intake message)', () => {
    expect(Object.keys(current)).toContain(KEY);
    expect(Object.keys(current)).toContain('intake orders.intake.v1');
    expect(Object.keys(current).length).toBeGreaterThan(60);
  });
});

describe('the comparison', () => {
  it('lets descriptions change', () => {
    expect(kinds(altered((p) => (p.properties.orderId = { ...p.properties.orderId, description: 'new words' })))).toEqual([]);
  });

  it('catches a removed field, saying to publish a new version', () => {
    const problems = compareWithSnapshot(current, altered((p) => delete p.properties.externalId));
    expect(problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['field removed externalId']);
    expect(problems[0].message).toMatch(/publish a new version/);
  });

  it('catches an added field, optional or required (consumers refuse unknown fields)', () => {
    expect(kinds(altered((p) => (p.properties.note = { type: 'string' })))).toEqual(['field added note']);
    expect(kinds(altered((p) => ((p.properties.note = { type: 'string' }), p.required.push('note'))))).toEqual(['field added note']);
  });

  it('catches a changed type, nullability and required-ness', () => {
    expect(kinds(altered((p) => (p.properties.shippingFee = { ...p.properties.shippingFee, type: 'string' })))).toEqual(['type changed shippingFee']);
    expect(kinds(altered((p) => (p.properties.externalId = { ...p.properties.externalId, type: ['string', 'null'] })))).toEqual(['nullability changed externalId']);
    expect(kinds(altered((p) => (p.required = p.required.filter((r) => r !== 'placedAt'))))).toEqual(['required-ness changed placedAt']);
  });

  it('catches enum values removed or added, and changed constraints, in nested fields too', () => {
    expect(kinds(altered((p) => (p.properties.paymentMethod = { ...p.properties.paymentMethod, enum: ['PREPAID'] })))).toEqual(['enum value removed paymentMethod']);
    expect(kinds(altered((p) => (p.properties.paymentMethod = { ...p.properties.paymentMethod, enum: ['PREPAID', 'COD', 'CARD'] })))).toEqual([
      'enum value added paymentMethod',
    ]);
    const items = (p: JsonSchema & { properties: Record<string, JsonSchema> }): Record<string, JsonSchema> =>
      ((p.properties.items.items as JsonSchema).properties as Record<string, JsonSchema>);
    expect(kinds(altered((p) => (items(p).sku = { ...items(p).sku, maxLength: 200 })))).toEqual(['constraint changed items[].sku']);
    expect(kinds(altered((p) => delete ((p.properties.buyer.properties as Record<string, JsonSchema>).email)))).toEqual(['field removed buyer.email']);
  });

  it('catches a removed published version, and asks to record a new one with --update', () => {
    const without = { ...current };
    delete without[KEY];
    expect(compareWithSnapshot(current, without).map((p) => p.kind)).toEqual(['published version removed']);
    const newer = { ...current, 'orders.order-placed v2': current[KEY] };
    const [problem] = compareWithSnapshot(current, newer);
    expect(problem.kind).toBe('unrecorded version');
    expect(problem.message).toMatch(/--update/);
  });
});
