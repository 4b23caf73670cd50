/**
 * Where a process's CPU time went, from a V8 CPU profile (`node --cpu-prof`): self time by category and by package
 * or source file (as orders-intake.bench.ts --profile prints it).
 */
import { readFileSync } from 'node:fs';

const CATEGORIES: Array<[string, RegExp]> = [
  ['idle', /^\(\(idle\)|\(program\)\)$/],
  ['garbage collection', /garbage collector/],
  ['logging (pino)', /^(pino|pino-http|sonic-boom|thread-stream)$/],
  ['database (TypeORM, pg)', /^(typeorm|pg|pg-protocol|pg-pool|pg-types)$/],
  ['validation (class-validator, class-transformer, libphonenumber)', /^(class-validator|class-transformer|validator|libphonenumber-js)$/],
  ['Kafka (kafkajs)', /^kafkajs$/],
  ['Redis (ioredis)', /^(ioredis|redis-parser)$/],
  ['TypeScript compilation at run time (swc-node)', /^(@swc-node\/.+|@swc\/.+|pirates|source-map-support)$/],
  ['HTTP and Nest framework', /^(router|express|body-parser|raw-body|@nestjs\/.+|rxjs|path-to-regexp|on-finished|finalhandler|send|qs|iconv-lite|content-type|type-is|prom-client)$|^node:(_http|http|net|events|stream|internal\/streams)/],
  ['our code', /^(apps|libs)\//],
];

const categoryOf = (area: string): string => CATEGORIES.find(([, re]) => re.test(area))?.[0] ?? 'other (Node.js internals, module loading, crypto…)';

/** Lines: self time by category, then the top 15 packages and files. */
export function summariseProfile(file: string): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>; samples: number[] };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byArea = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byNode.get(id);
    const url = frame?.url ?? '';
    const area = url === '' ? `(${frame?.functionName || 'native'})` : (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? url.replace(/^.*\/work\/[^/]+\//, '').replace(/^file:\/\//, '').replace(/^\.var\/bench-dist\//, ''));
    byArea.set(area, (byArea.get(area) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const pct = (n: number): string => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
  const byCategory = new Map<string, number>();
  for (const [area, n] of byArea) byCategory.set(categoryOf(area), (byCategory.get(categoryOf(area)) ?? 0) + n);
  return [
    'Self time by category:',
    ...[...byCategory].sort((a, b) => b[1] - a[1]).map(([c, n]) => `  ${pct(n)}  ${c}`),
    'Top packages and files:',
    ...[...byArea].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([a, n]) => `  ${pct(n)}  ${a}`),
  ];
}
