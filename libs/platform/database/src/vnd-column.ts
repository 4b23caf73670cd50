import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

/** Maps a PostgreSQL `bigint` (delivered as a string by pg) to a JS `bigint` and back; never a float. */
export const bigintTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** A whole-VND amount column: `bigint` in PostgreSQL, `bigint` in TypeScript. */
export function VndColumn(options: Omit<ColumnOptions, 'type' | 'transformer'> = {}): PropertyDecorator {
  return Column({ ...options, type: 'bigint', transformer: bigintTransformer });
}
