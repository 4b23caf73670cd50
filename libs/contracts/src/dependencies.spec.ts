/**
 * The contracts library is the only coupling between services, so it depends on nothing of ours and on nothing
 * of a framework: class-validator, class-transformer and the Reflect polyfill they need, nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ALLOWED = new Set(['class-validator', 'class-transformer', 'reflect-metadata']);

function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? productionFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

describe('contracts dependencies', () => {
  it('imports only class-validator, class-transformer, reflect-metadata and its own files', () => {
    const offending = productionFiles(__dirname).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
        (m) => m[1] ?? m[2] ?? m[3],
      );
      return specifiers.filter((s) => !s.startsWith('.') && !ALLOWED.has(s)).map((s) => `${relative(__dirname, file)}: ${s}`);
    });
    expect(offending).toEqual([]);
  });
});
