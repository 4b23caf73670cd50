import Handlebars from 'handlebars';
import { formatVnd, formatVnTime, lookupUrl } from '../domain/vietnamese-format';

/** The helpers a template may call (anything else fails to compile: `knownHelpersOnly`). */
export const TEMPLATE_HELPERS = ['vnd', 'vnTime', 'lookupUrl', 'eq', 'if', 'unless'] as const;

/** Handlebars' other built-ins, switched off: templates only print variables and branch on them. */
const REFUSED_BUILTINS = ['each', 'with', 'lookup', 'log'] as const;

/** A compiled template: data in, text out. */
export type CompiledText = (data: Record<string, unknown>) => string;

/** How a template's output is written: plain text (SMS, Zalo, email text and subject) or escaped HTML. */
export type OutputMode = 'text' | 'html';

function defined(helper: string, value: unknown): unknown {
  if (value === undefined) throw new TypeError(`{{${helper}}} was given a missing variable`);
  return value;
}

/**
 * A Handlebars environment of its own (nothing registered globally) for one output mode, without `each`, `with`,
 * `lookup` and `log`:
 * - `vnd` (`1.235.000 ₫`), `vnTime` (`21:30 30/11/2026`, Asia/Ho_Chi_Minh), `lookupUrl` (the portal's lookup page;
 *   in HTML a link), `eq` (for branching on enums);
 * - `if` / `unless` that refuse a missing variable: Handlebars' strict mode checks `{{name}}` but passes helper
 *   arguments through as `undefined`, so every helper here checks its own.
 */
export function createTemplateEngine(mode: OutputMode): typeof Handlebars {
  const hb = Handlebars.create();
  REFUSED_BUILTINS.forEach((h) => hb.unregisterHelper(h));
  const builtinIf = hb.helpers['if'];
  const builtinUnless = hb.helpers['unless'];
  hb.registerHelper('if', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
    return builtinIf.call(this, defined('#if', value), options);
  });
  hb.registerHelper('unless', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
    return builtinUnless.call(this, defined('#unless', value), options);
  });
  hb.registerHelper('vnd', (amount: unknown) => formatVnd(defined('vnd', amount) as bigint | number));
  hb.registerHelper('vnTime', (at: unknown) => formatVnTime(defined('vnTime', at) as Date | string));
  hb.registerHelper('eq', (a: unknown, b: unknown) => defined('eq', a) === b);
  hb.registerHelper('lookupUrl', (portalUrl: unknown) => {
    const url = lookupUrl(defined('lookupUrl', portalUrl) as string);
    if (mode === 'text') return url;
    const safe = hb.escapeExpression(url);
    return new hb.SafeString(`<a href="${safe}">${safe}</a>`);
  });
  return hb;
}

/**
 * Compiles a source now (not on first use, as `Handlebars.compile` would), in strict mode (a missing `{{name}}`
 * throws), with only the known helpers, escaping HTML only in `html` mode.
 */
export function compileTemplate(hb: typeof Handlebars, mode: OutputMode, source: string): CompiledText {
  const options: CompileOptions = {
    strict: true,
    noEscape: mode === 'text',
    knownHelpers: { ...Object.fromEntries(REFUSED_BUILTINS.map((h) => [h, false])), ...Object.fromEntries(TEMPLATE_HELPERS.map((h) => [h, true])) },
    knownHelpersOnly: true,
    preventIndent: true,
  };
  hb.precompile(source, options); // throws now for a syntax error, an unknown helper or a bad construct
  const template = hb.compile(source, options);
  return (data) => template(data);
}
