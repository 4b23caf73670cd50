/** How {@link transformDeep} treats strings and keys. */
export interface DeepTransformRules {
  /** Rewrites every string value. */
  string(value: string): string;
  /** Returns a replacement for the value under `key` of `parent`, or undefined to descend into it as usual. */
  replaceEntry?(key: string, value: unknown, parent: Readonly<Record<string, unknown>>): unknown;
}

const MAX_DEPTH = 12;

/**
 * A deep copy of `value` with every string rewritten. Never mutates its input. Handles cycles (`[Circular]`),
 * depth (`[Truncated]` below 12 levels), errors (copied to `{ type, message, stack, …own fields }`) and binary
 * data (`[Binary N bytes]`). Dates and other leaves are kept as they are.
 */
export function transformDeep(value: unknown, rules: DeepTransformRules): unknown {
  return walk(value, rules, new WeakSet<object>(), 0);
}

function walk(value: unknown, rules: DeepTransformRules, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return rules.string(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[Binary ${value.byteLength} bytes]`;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, rules, seen, depth + 1));
    const source = value instanceof Error ? errorFields(value) : (value as Record<string, unknown>);
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(source)) {
      const entry = source[key];
      const replaced = rules.replaceEntry?.(key, entry, source);
      copy[key] = replaced !== undefined ? replaced : walk(entry, rules, seen, depth + 1);
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

function errorFields(error: Error): Record<string, unknown> {
  return { ...(error as unknown as Record<string, unknown>), type: error.name, message: error.message, stack: error.stack };
}
