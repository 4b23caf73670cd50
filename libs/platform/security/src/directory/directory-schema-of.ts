import type { DataSource, EntityManager } from 'typeorm';

/** The service schema a data source (or a transaction's manager) works in: where its directory tables live. */
export function schemaOf(source: DataSource | EntityManager): string {
  const options = 'connection' in source ? source.connection.options : source.options;
  const schema = options.type === 'postgres' ? options.schema : undefined;
  if (!schema || !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('the partner directory needs a PostgreSQL data source with a schema');
  return schema;
}
