/**
 * Exports each service's OpenAPI document (the one it serves at `/docs-json`) to docs/openapi/<service>.json,
 * without PostgreSQL, Redis or Kafka: `NestFactory.create(AppModule.forRoot(env), { preview: true })` builds the
 * module graph (controllers, routes, DTO metadata) without instantiating a single provider, so nothing connects.
 * The environment is a loadConfig-valid sample with placeholder values, never real secrets. The HTTP edge is then
 * configured as `createServiceApp` does, with `SwaggerModule.setup` intercepted to capture the very document the
 * service serves at `/docs-json`; keys of `paths` and `components.schemas` are sorted so the file is deterministic.
 *
 *   node -r @swc-node/register tools/contracts/generate-openapi.ts          # write the files
 *   node -r @swc-node/register tools/contracts/generate-openapi.ts --check  # exit 1 when one is stale
 *
 * tools/contracts/openapi.spec.ts fails when a checked-in file differs from a fresh export or does not validate.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SERVICES, SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { configureHttpEdge } from '@trustcircle/http';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const OPENAPI_DIR = resolve(REPO_ROOT, 'docs', 'openapi');

/** The file of one service's document. */
export const openApiPath = (service: ServiceName): string => resolve(OPENAPI_DIR, `${service}.json`);

/**
 * A loadConfig-valid environment of placeholders: nothing is contacted in preview mode. The encryption key is a
 * fixed dummy (32 bytes of 0x07), not a secret.
 */
export const SAMPLE_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
  DB_NAME: 'trustcircle_openapi_export',
  DB_PASSWORD: 'placeholder-not-a-secret',
  REDIS_URL: 'redis://127.0.0.1:1/0',
  KAFKA_BROKERS: '127.0.0.1:1',
  PLATFORM_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

/** The documentation texts main.ts gives `bootstrapService` (the console has its own; the others use the defaults). */
const DOCS: Partial<Record<ServiceName, { title: string; description: string }>> = {
  console: { title: 'TrustCircle console', description: 'Operator API: the partner registry (partners, credentials, bindings) and operators.' },
};

/** Each app's module, loaded lazily (loading one app's code takes a while). */
function appModule(service: ServiceName): { forRoot(env: Record<string, string>): DynamicModule } {
  // Apps are loaded on demand, one per exported service.
  return (require(resolve(REPO_ROOT, 'apps', service, 'src', 'app.module')) as { AppModule: { forRoot(env: Record<string, string>): DynamicModule } }).AppModule;
}

/** A plain JSON object. */
export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } };

const sortKeys = <T>(o: Record<string, T> | undefined): Record<string, T> | undefined =>
  o === undefined ? undefined : Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Builds one service's document from its module graph, in preview mode (no provider is instantiated). */
export async function exportOpenApi(service: ServiceName): Promise<OpenApiDocument> {
  const app = await NestFactory.create<NestExpressApplication>(appModule(service).forRoot({ ...SAMPLE_ENV }), { preview: true, abortOnError: false, logger: false });
  const setup = SwaggerModule.setup.bind(SwaggerModule);
  let captured: OpenAPIObject | undefined;
  SwaggerModule.setup = ((_path: string, _app: unknown, document: OpenAPIObject) => {
    captured = document;
  }) as typeof SwaggerModule.setup;
  try {
    const docs = DOCS[service];
    configureHttpEdge(app, {
      service,
      docs: { title: docs?.title ?? `TrustCircle ${service}`, description: docs?.description ?? SERVICES[service].description, version: '1.0.0' },
    });
    if (!captured) throw new Error(`${service}: configureHttpEdge set up no OpenAPI document`);
    const plain = JSON.parse(JSON.stringify(captured)) as OpenApiDocument;
    plain.paths = sortKeys(plain.paths) ?? {};
    if (plain.components?.schemas) plain.components.schemas = sortKeys(plain.components.schemas);
    return plain;
  } finally {
    SwaggerModule.setup = setup;
    await app.close();
  }
}

/** The file text of a document: two-space JSON, one trailing newline. */
export const renderOpenApi = (doc: OpenApiDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

if (require.main === module) {
  void (async () => {
    const stale: string[] = [];
    mkdirSync(OPENAPI_DIR, { recursive: true });
    for (const service of SERVICE_NAMES) {
      const text = renderOpenApi(await exportOpenApi(service));
      const path = openApiPath(service);
      if (process.argv.includes('--check')) {
        let current = '';
        try {
          current = readFileSync(path, 'utf8');
        } catch {
          // a missing file is stale
        }
        if (current !== text) stale.push(path);
      } else {
        writeFileSync(path, text);
        console.log(`wrote ${path}`);
      }
    }
    if (stale.length > 0) {
      console.error(`stale: ${stale.join(', ')}: run npm run -s openapi`);
      process.exit(1);
    }
  })();
}
