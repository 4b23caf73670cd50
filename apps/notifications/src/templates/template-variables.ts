import { isVnTimeInput } from './domain/vietnamese-format';

/**
 * What a template variable holds, which decides how it may appear in a template and what `render` accepts:
 * - `text`: a string, printed as is (escaped in the email HTML part);
 * - `int`: a safe integer (a count of minutes, say);
 * - `vnd`: a whole VND amount, `bigint` or safe integer, only ever printed through `{{vnd x}}` (`1.235.000 ₫`);
 * - `time`: a `Date` or ISO-8601 instant, only ever printed through `{{vnTime x}}` (`21:30 30/11/2026`, Vietnam time);
 * - `url`: an http(s) URL (`portalUrl`, printed through `{{lookupUrl portalUrl}}`);
 * - a list of strings: one of them (an enum; the template branches on it with `eq`);
 * - a kind ending in `?`: the same, or `null` (the key must still be there: a missing key is a bug).
 */
export type VariableKind = ScalarKind | `${ScalarKind}?` | readonly string[];
type ScalarKind = 'text' | 'int' | 'vnd' | 'time' | 'url';

/** The variables a template needs, by name. */
export type VariableSpec = Readonly<Record<string, VariableKind>>;

type ScalarType<K> = K extends 'text' | 'url' ? string : K extends 'int' ? number : K extends 'vnd' ? bigint | number : K extends 'time' ? Date | string : never;

/** The TypeScript type of one variable kind. */
export type VariableType<K> = K extends readonly (infer E)[] ? E : K extends `${infer B}?` ? ScalarType<B> | null : ScalarType<K>;

/** The data a template with these variables takes (checked at compile time by `renderTemplate`). */
export type DataOf<V extends VariableSpec> = { [N in keyof V]: VariableType<V[N]> };

/** The kind without its `?` (and whether it allowed `null`). */
export function baseKind(kind: VariableKind): { kind: ScalarKind | readonly string[]; nullable: boolean } {
  if (typeof kind !== 'string') return { kind, nullable: false };
  return kind.endsWith('?') ? { kind: kind.slice(0, -1) as ScalarKind, nullable: true } : { kind: kind as ScalarKind, nullable: false };
}

/** Why data does not fit a template's variables: names the template and the variable. */
export class TemplateDataError extends Error {
  constructor(
    readonly template: string,
    readonly variable: string,
    problem: string,
  ) {
    super(`template ${template}: variable "${variable}" ${problem}`);
    this.name = 'TemplateDataError';
  }
}

/**
 * Checks `data` against a template's variables before rendering: every variable present (a missing one throws, even
 * where the template would only test it in an `{{#if}}`), of its kind. Keys the template does not use are ignored
 * (the pipeline passes the whole event).
 */
export function checkTemplateData(template: string, spec: VariableSpec, data: Record<string, unknown>): void {
  for (const [name, declared] of Object.entries(spec)) {
    if (!Object.prototype.hasOwnProperty.call(data, name) || data[name] === undefined) throw new TemplateDataError(template, name, 'is missing');
    const value = data[name];
    const { kind, nullable } = baseKind(declared);
    if (value === null) {
      if (nullable) continue;
      throw new TemplateDataError(template, name, 'is null');
    }
    const problem = problemOf(kind, value);
    if (problem) throw new TemplateDataError(template, name, problem);
  }
}

function problemOf(kind: ScalarKind | readonly string[], value: unknown): string | null {
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value) ? null : `must be one of ${kind.join(', ')}`;
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? null : 'must be a string';
    case 'url':
      return typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? null : 'must be an http(s) URL';
    case 'int':
      return Number.isSafeInteger(value) ? null : 'must be a safe integer';
    case 'vnd':
      return (typeof value === 'bigint' && value >= 0n) || (Number.isSafeInteger(value) && (value as number) >= 0) ? null : 'must be a whole VND amount (bigint or safe integer, not negative)';
    case 'time':
      return isVnTimeInput(value) ? null : 'must be a Date or an ISO-8601 instant with its zone';
  }
}
