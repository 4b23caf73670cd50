/**
 * Turns the validation decorators of a contract field, as written in the source, into short readable rules for
 * the catalogue document (`IsIn(ORDER_STATUSES)` → "one of `PLACED`, `FUNDED`, …").
 */
import type { ContractSources } from './contract-sources';

/** Decorators that say nothing a reader needs beyond the type column. */
const SILENT = new Set(['IsString', 'IsNotEmpty', 'IsBoolean', 'IsArray']);

/** Fixed wording for argument-less decorators. */
const WORDS: Record<string, string> = {
  IsUUID: 'UUID',
  IsUtcTimestamp: 'ISO-8601 UTC (`…Z`)',
  IsInstant: 'ISO-8601 with offset',
  IsVndAmount: 'whole VND, 0–10¹³',
  IsNullable: 'nullable (present, may be null)',
  IsOptional: 'optional',
  IsEmail: 'email',
  IsMasked: 'masked (`***`, never 5 digits in a row)',
  IsSealed: 'sealed: AES-256-GCM, base64',
  IsInt: 'integer',
  IsObject: 'object',
  IsBase64: 'base64',
  ArrayUnique: 'unique items',
  IsFQDN: 'host name',
};

const code = (s: string): string => `\`${s}\``;

/** Splits `Name(args)` into the name and the raw argument text. */
function parseCall(decorator: string): { name: string; args: string } {
  const m = /^(\w+)\(([\s\S]*)\)$/.exec(decorator);
  return m ? { name: m[1], args: m[2].trim() } : { name: decorator, args: '' };
}

/** Resolves a `[...]` literal or a named constant list to its values. */
function listValues(expr: string, src: ContractSources): string[] | undefined {
  const literal = /^\[([\s\S]*)\]$/.exec(expr.trim());
  if (literal) return [...literal[1].matchAll(/'([^']*)'|(\btrue\b|\bfalse\b)/g)].map((m) => m[1] ?? m[2]);
  return src.lists.get(expr.trim());
}

/** One decorator as a rule; undefined when it adds nothing. */
function rule(decorator: string, src: ContractSources): string | undefined {
  const { name, args } = parseCall(decorator);
  const first = args.split(',')[0]?.trim() ?? '';
  const each = /each:\s*true/.test(args) ? ' (each)' : '';
  if (SILENT.has(name)) return undefined;
  switch (name) {
    case 'IsIn': {
      const values = listValues(args.replace(/,\s*\{[\s\S]*\}$/, ''), src);
      return values ? `one of ${values.map(code).join(', ')}` : `one of ${code(args)}`;
    }
    case 'Matches': {
      const literal = /^\/(?:\\.|[^/\\])+\/[a-z]*/.exec(args)?.[0];
      return `matches ${code(literal ?? src.patterns.get(first) ?? first)}${each}`;
    }
    case 'MaxLength':
      return `≤ ${first} chars`;
    case 'MinLength':
      return `≥ ${first} chars`;
    case 'Min':
      return `≥ ${src.numbers.get(first) ?? first}`;
    case 'Max':
      return `≤ ${src.numbers.get(first) ?? first}`;
    case 'ArrayMinSize':
      return `≥ ${first} items`;
    case 'ArrayMaxSize':
      return `≤ ${first} items`;
    case 'IsPhoneNumber':
      return `phone number (${first.replace(/'/g, '')})`;
    case 'IsRequiredWhen': {
      const [other, values] = [first.replace(/'/g, ''), args.slice(args.indexOf(',') + 1).trim()];
      return `null unless ${code(other)} is ${(listValues(values, src) ?? [values]).map(code).join(' or ')}`;
    }
    case 'EqualsSumOf':
      return `= ${(listValues(args, src) ?? [args]).map(code).join(' + ')}`;
    case 'IsTotalOfItemsAndShipping':
      return '= Σ `quantity` × `unitPrice` + `shippingFee`';
    case 'IsNotEqualTo':
      return `≠ ${code(first.replace(/'/g, ''))}`;
    case 'IsNestedObject':
      return 'object';
    case 'IsISO8601':
      return 'ISO-8601';
    case 'IsNestedArray': {
      const [, min, max] = args.split(',').map((a) => a.trim());
      return `${min}–${max} items`;
    }
    default:
      return WORDS[name] ? `${WORDS[name]}${each}` : code(decorator);
  }
}

/** The readable rules of a field, in source order. */
export function fieldRules(decorators: readonly string[], src: ContractSources): string[] {
  return decorators.map((d) => rule(d, src)).filter((r): r is string => r !== undefined);
}

/** The class a nested-object or nested-array decorator refers to, and whether it is an array. */
export function nestedClass(decorators: readonly string[]): { name: string; array: boolean } | undefined {
  for (const d of decorators) {
    const m = /^(IsNestedObject|IsNestedArray)\(\s*\(\)\s*=>\s*(\w+)/.exec(d);
    if (m) return { name: m[2], array: m[1] === 'IsNestedArray' };
  }
  return undefined;
}
