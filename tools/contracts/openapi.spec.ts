/**
 * docs/openapi/<service>.json must equal a fresh export of the service's OpenAPI document (regenerate:
 * npm run -s openapi), validate with @apidevtools/swagger-parser, and cover every route the route table gives the
 * service. The six app graphs are built once, in preview mode (no database, Redis or Kafka).
 */
import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { ROUTES, SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { exportOpenApi, openApiPath, renderOpenApi, type OpenApiDocument } from './generate-openapi';

const STALE = 'run npm run -s openapi';

/**
 * Route-table entries no controller serves yet (no `@Controller` in the owning app at the time of writing): the
 * route table is ahead of the code. Reported to the lead; the test below fails once one is served, so the list
 * only shrinks. Never add to it to silence a real gap.
 */
const UNSERVED_ROUTES: readonly string[] = [];
const fresh = {} as Record<ServiceName, OpenApiDocument>;
const committed = {} as Record<ServiceName, string>;

beforeAll(async () => {
  for (const s of SERVICE_NAMES) {
    fresh[s] = await exportOpenApi(s);
    committed[s] = readFileSync(openApiPath(s), 'utf8');
  }
});

/** Throws the stale message when a committed file differs from a fresh rendering. */
function expectCurrent(service: ServiceName, current: string, doc: OpenApiDocument): void {
  const generated = renderOpenApi(doc);
  if (current === generated) return;
  const line = generated.split('\n').findIndex((l, i) => l !== current.split('\n')[i]) + 1;
  throw new Error(`docs/openapi/${service}.json is stale (first difference at line ${line}): ${STALE}`);
}

/** Route-table patterns of a service with no path at or below them in the document (`:param` ↔ `{param}`). */
function uncoveredRoutes(service: ServiceName, doc: OpenApiDocument): string[] {
  const paths = Object.keys(doc.paths);
  return ROUTES.filter((r) => r.service === service)
    .map((r) => r.pattern)
    .filter((pattern) => {
      const p = pattern
        .split('/')
        .map((seg) => (seg.startsWith(':') ? `{${seg.slice(1)}}` : seg))
        .join('/');
      return !paths.some((path) => path === p || path.startsWith(`${p}/`));
    });
}

/** The validator's error, or undefined (it dereferences in place: give it a deep copy). */
async function validationError(doc: OpenApiDocument): Promise<string | undefined> {
  try {
    await SwaggerParser.validate(structuredClone(doc) as never);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe.each(SERVICE_NAMES)('docs/openapi/%s.json', (service) => {
  it('equals a fresh export (regenerate: npm run -s openapi)', () => {
    expectCurrent(service, committed[service], fresh[service]);
  });

  it('is a valid OpenAPI document', async () => {
    expect(await validationError(JSON.parse(committed[service]) as OpenApiDocument)).toBeUndefined();
  });

  it('has a path for every route the route table gives the service (known unserved routes aside)', () => {
    const uncovered = uncoveredRoutes(service, JSON.parse(committed[service]) as OpenApiDocument);
    expect(uncovered.filter((r) => !UNSERVED_ROUTES.includes(r))).toEqual([]);
    const own = ROUTES.filter((r) => r.service === service && UNSERVED_ROUTES.includes(r.pattern)).map((r) => r.pattern);
    expect({ stillUnserved: own.filter((r) => uncovered.includes(r)) }).toEqual({ stillUnserved: own });
  });
});

describe('the OpenAPI checks', () => {
  it('are deterministic: a second export is identical', async () => {
    expect(renderOpenApi(await exportOpenApi('orders'))).toBe(renderOpenApi(fresh.orders));
  });

  it('catch a stale file', () => {
    const edited = JSON.parse(committed.orders) as OpenApiDocument;
    (edited.info as { title: string }).title = 'edited by hand';
    expect(() => expectCurrent('orders', renderOpenApi(edited), fresh.orders)).toThrow(/stale.*run npm run -s openapi/);
  });

  it('catch an invalid document', async () => {
    const broken = structuredClone(fresh.orders);
    const [first] = Object.values(broken.paths) as Array<Record<string, { responses?: unknown }>>;
    const [method] = Object.keys(first);
    first[method].responses = { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/NoSuchSchema' } } } } };
    expect(await validationError(broken)).toMatch(/NoSuchSchema/);
  });

  it('catch a route with no path in the document', () => {
    const broken = structuredClone(fresh.escrow);
    broken.paths = Object.fromEntries(Object.entries(broken.paths).filter(([p]) => !p.startsWith('/v1/partners/{partnerId}/payments')));
    expect(uncoveredRoutes('escrow', broken).filter((r) => !UNSERVED_ROUTES.includes(r))).toEqual(['/v1/partners/:partnerId/payments']);
    const courier = structuredClone(fresh['delivery-tracking']);
    delete courier.paths['/v1/couriers/{courierId}/events:batch'];
    expect(uncoveredRoutes('delivery-tracking', courier)).toContain('/v1/couriers/:courierId/events:batch');
  });
});
