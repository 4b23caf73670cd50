import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenApiOptions } from './configure-http-edge-options';

/**
 * Serves the OpenAPI document: UI at `/docs`, JSON at `/docs-json`, with the `bearer` security scheme and the
 * `ProblemDetails` schema of error responses.
 */
export function setupOpenApi(app: INestApplication, service: string, docs: OpenApiOptions): void {
  const config = new DocumentBuilder()
    .setTitle(docs.title)
    .setDescription(docs.description)
    .setVersion(docs.version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA } };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: `${service} API` });
}

const PROBLEM_DETAILS_SCHEMA = {
  type: 'object' as const,
  description: 'RFC 9457 problem details (Content-Type application/problem+json).',
  required: ['type', 'title', 'status', 'instance', 'correlationId'],
  properties: {
    type: { type: 'string' as const, format: 'uri', example: 'https://trustcircle.vn/problems/validation-error' },
    title: { type: 'string' as const },
    status: { type: 'integer' as const },
    detail: { type: 'string' as const },
    instance: { type: 'string' as const, example: '/v1/orders' },
    correlationId: { type: 'string' as const },
    errors: {
      type: 'array' as const,
      items: {
        type: 'object' as const,
        required: ['field', 'message'],
        properties: { field: { type: 'string' as const, example: 'items.3.unitPrice' }, message: { type: 'string' as const }, code: { type: 'string' as const } },
      },
    },
  },
};
