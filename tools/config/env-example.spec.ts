/**
 * `.env.example` lists every variable any service's config schema reads, and nothing that none reads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { SERVICE_ENV_SCHEMAS } from './env-schemas';

function variablesOf(schema: new () => object): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

describe('.env.example', () => {
  const listed = new Set(
    readFileSync(resolve(__dirname, '..', '..', '.env.example'), 'utf8')
      .split('\n')
      .map((l) => /^([A-Z][A-Z0-9_]*)=/.exec(l)?.[1])
      .filter((v): v is string => !!v),
  );
  const read = new Set(Object.values(SERVICE_ENV_SCHEMAS).flatMap(variablesOf));

  it.each(Object.entries(SERVICE_ENV_SCHEMAS))('lists every variable %s reads', (_service, schema) => {
    expect(variablesOf(schema).filter((v) => !listed.has(v))).toEqual([]);
  });

  it('lists nothing that no service reads', () => {
    expect([...listed].filter((v) => !read.has(v))).toEqual([]);
  });
});
