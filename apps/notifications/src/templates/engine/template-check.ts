import Handlebars from 'handlebars';
import type { TemplateFile } from '../template-file';
import { baseKind, type VariableKind } from '../template-variables';

/** A template whose sources do not match its declared variables, or use a construct the renderer refuses. */
export class TemplateDefinitionError extends Error {
  constructor(template: string, problem: string) {
    super(`template ${template}: ${problem}`);
    this.name = 'TemplateDefinitionError';
  }
}

type Node = hbs.AST.Node;

/** The helper each kind must be printed through (none: printed as is). */
const PRINTED_BY: Record<string, string | null> = { text: null, int: null, url: 'lookupUrl', vnd: 'vnd', time: 'vnTime' };

/**
 * Checks one template file against its declared variables, at boot and in tests, from the Handlebars syntax tree:
 * - every `{{name}}` is a declared variable (no paths, `this`, `@data` or partials), and every declared variable is
 *   used by some source;
 * - Vietnamese and English of a channel use the same variables (a translation cannot drop the amount);
 * - amounts go through `{{vnd}}`, times through `{{vnTime}}`, the portal through `{{lookupUrl}}`; enums are only
 *   compared with `eq` to one of their own values; no triple-stash (`{{{ }}}` would skip HTML escaping).
 */
export function checkTemplateFile(file: TemplateFile): void {
  const fail = (problem: string): never => {
    throw new TemplateDefinitionError(`${file.id}@${file.version}`, problem);
  };
  if (!/^[a-z][a-z0-9-]*$/.test(file.id)) fail('the id must be kebab-case');
  if (!Number.isInteger(file.version) || file.version < 1) fail('the version must be a positive integer');
  const needsSms = file.channels.includes('SMS') || file.channels.includes('ZALO');
  if (needsSms !== Boolean(file.sms)) fail(needsSms ? 'SMS/ZALO channels need an sms source' : 'an sms source without an SMS or ZALO channel');
  if (file.channels.includes('EMAIL') !== Boolean(file.email)) fail(file.email ? 'an email source without the EMAIL channel' : 'the EMAIL channel needs an email source');

  const used = new Set<string>();
  const groups: Array<[string, string, string]> = [];
  if (file.sms) groups.push(['sms', file.sms.vi, file.sms.en]);
  if (file.email) {
    groups.push(['email subject', file.email.vi.subject, file.email.en.subject]);
    groups.push(['email body', file.email.vi.body, file.email.en.body]);
  }
  for (const [name, vi, en] of groups) {
    const viVars = variablesOf(vi, file, (p) => fail(`${name} (vi): ${p}`));
    const enVars = variablesOf(en, file, (p) => fail(`${name} (en): ${p}`));
    const a = [...viVars].sort().join(', ');
    const b = [...enVars].sort().join(', ');
    if (a !== b) fail(`${name}: Vietnamese uses {${a}} but English uses {${b}}`);
    viVars.forEach((v) => used.add(v));
  }
  const unused = Object.keys(file.variables).filter((v) => !used.has(v));
  if (unused.length) fail(`declared but never used: ${unused.join(', ')}`);
}

/** The variables one source uses, checking how it uses them. */
function variablesOf(source: string, file: TemplateFile, fail: (problem: string) => never): Set<string> {
  const found = new Set<string>();
  const variable = (node: Node): [string, VariableKind] => {
    if (node.type !== 'PathExpression') fail(`expected a variable, found ${node.type}`);
    const path = node as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || path.parts.length !== 1) fail(`only plain variable names are allowed, not "${path.original}"`);
    const kind = file.variables[path.original];
    if (kind === undefined) fail(`uses "${path.original}", which is not a declared variable`);
    found.add(path.original);
    return [path.original, kind];
  };
  const printed = (node: Node, helper: string | null): void => {
    const [name, kind] = variable(node);
    const { kind: k } = baseKind(kind);
    const expected = typeof k === 'string' ? PRINTED_BY[k] : null;
    if (expected !== helper) fail(`"${name}" (${typeof k === 'string' ? k : 'enum'}) must be printed ${expected ? `with {{${expected} ${name}}}` : 'as is'}`);
  };
  const condition = (node: Node): void => {
    if (node.type !== 'SubExpression') {
      variable(node);
      return;
    }
    const sub = node as hbs.AST.SubExpression;
    if (sub.path.original !== 'eq' || sub.params.length !== 2 || sub.hash) fail('a condition is a variable or (eq enumVariable "VALUE")');
    const [name, kind] = variable(sub.params[0]);
    const value = sub.params[1] as hbs.AST.StringLiteral;
    if (typeof kind === 'string') fail(`(eq ${name} ...) compares an enum, and "${name}" is ${kind}`);
    if (value.type !== 'StringLiteral' || !(kind as readonly string[]).includes(value.value)) fail(`(eq ${name} ...) must compare with one of ${(kind as readonly string[]).join(', ')}`);
  };
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (!m.escaped) fail('no triple-stash {{{ }}}: escaping is decided by the channel');
        if (m.hash) fail('no hash arguments');
        if (m.params.length === 0) printed(m.path, null);
        else if (m.params.length === 1 && m.path.type === 'PathExpression' && ['vnd', 'vnTime', 'lookupUrl'].includes((m.path as hbs.AST.PathExpression).original)) {
          printed(m.params[0], (m.path as hbs.AST.PathExpression).original);
        } else fail(`unknown helper call {{${(m.path as hbs.AST.PathExpression).original} ...}}`);
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        if (!['if', 'unless'].includes(b.path.original) || b.params.length !== 1 || b.hash) fail(`only {{#if}} and {{#unless}} blocks, not {{#${b.path.original}}}`);
        condition(b.params[0]);
        visit(b.program);
        visit(b.inverse);
        return;
      }
      default:
        fail(`${node.type} is not allowed`);
    }
  };
  visit(Handlebars.parse(source));
  return found;
}
