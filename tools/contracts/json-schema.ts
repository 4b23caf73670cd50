/**
 * Builds JSON Schemas of the contract classes from the same source metadata the catalogue document is rendered
 * from (`readContractSources`: every field's type as written, its class-validator decorators and its TSDoc).
 * The schemas feed docs/asyncapi.yaml and the compatibility snapshot of published event versions.
 *
 * The mapping follows what class-validator enforces with the platform's options (unknown fields refused, no
 * conversion): `@IsOptional()` fields may be absent or null, `@IsNullable()` and `@IsRequiredWhen()` fields are
 * always present and may be null. Cross-field rules that JSON Schema cannot say simply are kept as `x-` keywords,
 * so a change to them still changes the schema. A decorator the mapping does not know is an error, never silently
 * dropped.
 */
import type { ContractSources, FieldDoc, TypeDoc } from './contract-sources';
import { nestedClass } from './field-rules';

/** A JSON Schema (draft-07 subset, plus `x-` keywords), as plain JSON. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** How nested classes appear: a `$ref` under a prefix (documents) or inlined (self-contained snapshots). */
export type NestedMode = { refPrefix: string } | 'inline';

/** Splits `Name(args)` into the name and the raw argument text. */
function parseCall(decorator: string): { name: string; args: string } {
  const m = /^(\w+)\(([\s\S]*)\)$/.exec(decorator);
  return m ? { name: m[1], args: m[2].trim() } : { name: decorator, args: '' };
}

/** The arguments of a call, split on top-level commas. */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  let inRegex = false;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '\\') {
      current += c + (args[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '/' && depth === 0 && current.trim() === '') inRegex = true;
    else if (c === '/' && inRegex) inRegex = false;
    if (!inRegex && '([{'.includes(c)) depth++;
    if (!inRegex && ')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0 && !inRegex) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** A `/…/flags` literal → the JSON Schema pattern (ECMA-262 source). Flags are refused: JSON Schema has none. */
function regexSource(literal: string, where: string): string {
  const m = /^\/([\s\S]*)\/([a-z]*)$/.exec(literal);
  if (!m) throw new Error(`${where}: not a regular expression: ${literal}`);
  if (m[2]) throw new Error(`${where}: regular expression flags /${m[2]} cannot be expressed in JSON Schema`);
  return m[1];
}

/** A numeric argument: a literal (`100_000`) or a named constant of the contracts. */
function numberArg(expr: string, src: ContractSources, where: string): number {
  const text = src.numbers.get(expr) ?? expr;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(value)) throw new Error(`${where}: cannot resolve number ${expr}`);
  return value;
}

/** A `[...]` literal of strings/booleans or a named constant list → its values. */
function listArg(expr: string, src: ContractSources, where: string): Array<string | boolean> {
  const literal = /^\[([\s\S]*)\]$/.exec(expr.trim());
  if (literal) return [...literal[1].matchAll(/'([^']*)'|\b(true|false)\b/g)].map((m) => (m[1] !== undefined ? m[1] : m[2] === 'true'));
  const named = src.lists.get(expr.trim());
  if (!named) throw new Error(`${where}: cannot resolve list ${expr}`);
  return named;
}

/** A pattern argument: a regex literal or a named regex constant. */
function patternArg(expr: string, src: ContractSources, where: string): string {
  return regexSource(expr.startsWith('/') ? expr : (src.patterns.get(expr) ?? expr), where);
}

const unquote = (s: string): string => s.replace(/^'|'$/g, '');

/** What one field's decorators say, before nullability is applied. */
interface FieldFacts {
  value: JsonSchema;
  /** Rules that apply to each array item (`{ each: true }`). */
  items: JsonSchema;
  optional: boolean;
  nullable: boolean;
}

/** Sets a bound, keeping the tighter one when two decorators set it. */
function bound(target: JsonSchema, key: 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems', value: number): void {
  const current = target[key];
  const tighter = typeof current !== 'number' ? value : key.startsWith('min') ? Math.max(current, value) : Math.min(current, value);
  target[key] = tighter;
}

/** Applies one decorator to the facts of a field. */
function apply(decorator: string, facts: FieldFacts, src: ContractSources, where: string): void {
  const { name, args } = parseCall(decorator);
  const parts = splitArgs(args);
  const each = /each:\s*true/.test(args);
  const s = each ? facts.items : facts.value;
  switch (name) {
    case 'IsOptional':
      facts.optional = true;
      facts.nullable = true;
      return;
    case 'IsNullable':
      facts.nullable = true;
      return;
    case 'IsRequiredWhen':
      facts.nullable = true;
      facts.value['x-non-null-when'] = { field: unquote(parts[0]), in: listArg(parts[1], src, where) };
      return;
    case 'IsString':
      s.type = 'string';
      return;
    case 'IsNotEmpty':
      if (s.type === 'string' || s.type === undefined) bound(s, 'minLength', 1);
      return;
    case 'MaxLength':
      s.type = 'string';
      return bound(s, 'maxLength', numberArg(parts[0], src, where));
    case 'MinLength':
      s.type = 'string';
      return bound(s, 'minLength', numberArg(parts[0], src, where));
    case 'Matches':
      s.type = 'string';
      s.pattern = patternArg(parts[0], src, where);
      return;
    case 'IsUUID':
      s.type = 'string';
      s.format = 'uuid';
      return;
    case 'IsEmail':
      s.type = 'string';
      s.format = 'email';
      return;
    case 'IsPhoneNumber':
      s.type = 'string';
      s['x-phone-region'] = unquote(parts[0] ?? '');
      return;
    case 'IsISO8601':
      s.type = 'string';
      s['x-format'] = 'iso8601';
      return;
    case 'IsUtcTimestamp':
      s.type = 'string';
      s.format = 'date-time';
      s.pattern = patternArg('UTC_TIMESTAMP', src, where);
      return;
    case 'IsInstant':
      s.type = 'string';
      s.format = 'date-time';
      s.pattern = patternArg('ISO_INSTANT', src, where);
      return;
    case 'IsMasked':
      s.type = 'string';
      s.pattern = patternArg('MASKED', src, where);
      return;
    case 'IsSealed':
      s.type = 'string';
      s.contentEncoding = 'base64';
      bound(s, 'minLength', 40);
      return bound(s, 'maxLength', 8192);
    case 'IsBase64':
      s.type = 'string';
      s.contentEncoding = 'base64';
      return;
    case 'IsBoolean':
      s.type = 'boolean';
      return;
    case 'IsInt':
      s.type = 'integer';
      return;
    case 'IsVndAmount':
      s.type = 'integer';
      bound(s, 'minimum', 0);
      return bound(s, 'maximum', numberArg('MAX_VND', src, where));
    case 'Min':
      return bound(s, 'minimum', numberArg(parts[0], src, where));
    case 'Max':
      return bound(s, 'maximum', numberArg(parts[0], src, where));
    case 'IsIn': {
      const values = listArg(parts[0], src, where);
      s.type = values.every((v) => typeof v === 'boolean') ? 'boolean' : 'string';
      s.enum = values;
      return;
    }
    case 'IsObject':
      s.type = 'object';
      return;
    case 'IsArray':
      facts.value.type = 'array';
      return;
    case 'ArrayMaxSize':
      return bound(facts.value, 'maxItems', numberArg(parts[0], src, where));
    case 'ArrayMinSize':
      return bound(facts.value, 'minItems', numberArg(parts[0], src, where));
    case 'ArrayUnique':
      facts.value.uniqueItems = true;
      return;
    case 'IsNestedObject':
    case 'IsNestedArray':
      return; // resolved by fieldSchema from nestedClass()
    case 'EqualsSumOf':
      facts.value['x-equals-sum-of'] = listArg(parts[0], src, where);
      return;
    case 'IsNotEqualTo':
      facts.value['x-not-equal-to'] = unquote(parts[0]);
      return;
    case 'IsTotalOfItemsAndShipping':
      facts.value['x-equals'] = 'sum(items[].quantity × items[].unitPrice) + shippingFee';
      return;
    default:
      throw new Error(`${where}: no JSON Schema mapping for @${name}(): add one in tools/contracts/json-schema.ts`);
  }
}

/** Allows null beside the value's own schema. */
function withNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') {
    const out: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) out.enum = [...(schema.enum as unknown[]), null];
    return out;
  }
  const { description, ...rest } = schema;
  return { ...(description === undefined ? {} : { description }), oneOf: [rest, { type: 'null' }] };
}

/** The schema of one field of a class. */
export function fieldSchema(field: FieldDoc, owner: string, src: ContractSources, mode: NestedMode): { schema: JsonSchema; required: boolean } {
  const where = `${owner}.${field.name}`;
  const facts: FieldFacts = { value: {}, items: {}, optional: field.optional, nullable: false };
  for (const d of field.decorators) apply(d, facts, src, where);
  const nested = nestedClass(field.decorators);
  let schema: JsonSchema = facts.value;
  if (nested) {
    const target = mode === 'inline' ? classSchema(nested.name, src, mode) : { $ref: `${mode.refPrefix}${nested.name}` };
    if (nested.array) {
      const [, min, max] = splitArgs(parseCall(field.decorators.find((d) => d.startsWith('IsNestedArray')) ?? '').args);
      schema = { ...schema, type: 'array', items: target, minItems: numberArg(min, src, where), maxItems: numberArg(max, src, where) };
    } else schema = { ...schema, ...target };
    if (mode === 'inline' && field.doc) schema = { ...schema, description: field.doc };
  } else if (field.type.endsWith('[]')) {
    schema = { ...schema, type: 'array', items: facts.items };
  } else if (Object.keys(facts.items).length > 0) {
    throw new Error(`${where}: { each: true } on a field that is not an array`);
  }
  if (schema.type === undefined && schema.$ref === undefined) throw new Error(`${where}: no decorator gives the field a type`);
  if (schema.$ref !== undefined && field.doc) schema = { description: field.doc, allOf: [{ $ref: schema.$ref }] };
  else if (field.doc) schema = { description: field.doc, ...schema };
  return { schema: facts.nullable ? withNull(schema) : schema, required: !facts.optional };
}

/** The schema of a contract class: an object refusing unknown fields, required fields listed in source order. */
export function classSchema(name: string, src: ContractSources, mode: NestedMode): JsonSchema {
  const type: TypeDoc | undefined = src.types.get(name);
  if (!type) throw new Error(`class ${name} not found in the contracts`);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const f of type.fields) {
    const { schema, required: req } = fieldSchema(f, name, src, mode);
    properties[f.name] = schema;
    if (req) required.push(f.name);
  }
  return { type: 'object', description: type.doc, additionalProperties: false, required, properties };
}

/** A class and every class nested in it, depth first, each once. */
export function classClosure(name: string, src: ContractSources, seen: Set<string> = new Set()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const type = src.types.get(name);
  if (!type) throw new Error(`class ${name} not found in the contracts`);
  const nested = type.fields.map((f) => nestedClass(f.decorators)?.name).filter((n): n is string => n !== undefined);
  return [name, ...nested.flatMap((n) => classClosure(n, src, seen))];
}
