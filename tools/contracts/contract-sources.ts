/**
 * Reads the contracts library's source with the TypeScript compiler API: every class with its TSDoc and its
 * fields (type as written, validation decorators, TSDoc), every interface's documented members, and the
 * constant arrays and regular expressions decorators refer to. The catalogue document is rendered from this,
 * so field documentation never drifts from the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One field of a contract class (or member of an interface). */
export interface FieldDoc {
  name: string;
  /** The type annotation as written, e.g. `string | null`. */
  type: string;
  /** Declared with `?`. */
  optional: boolean;
  /** Decorator calls as written, e.g. `MaxLength(200)`. Empty for interface members. */
  decorators: string[];
  /** The TSDoc text, whitespace-normalised. */
  doc: string;
}

/** One class or interface of the contracts. */
export interface TypeDoc {
  name: string;
  /** Path relative to the repository root. */
  file: string;
  doc: string;
  fields: FieldDoc[];
}

/** Everything the renderer needs from the sources. */
export interface ContractSources {
  types: Map<string, TypeDoc>;
  /** `const X = ['A', 'B'] as const` → the values. */
  lists: Map<string, string[]>;
  /** `const X = /…/` → the literal, e.g. `/^\+84…$/`. */
  patterns: Map<string, string>;
  /** `const X = 10_000` → the number as written. */
  numbers: Map<string, string>;
}

/** All non-test TypeScript files under a directory, sorted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (e.name === 'testing' ? [] : sourceFiles(join(dir, e.name))) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .sort();
}

/** The text of the last TSDoc block attached to a node, on one line. */
function docOf(node: ts.Node): string {
  const blocks = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = blocks[blocks.length - 1];
  const text = last ? (ts.getTextOfJSDocComment(last.comment) ?? '') : '';
  return text.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`').replace(/\s+/g, ' ').trim();
}

/** The string elements of an array literal, looking through `as const`; undefined if any is not a string. */
function stringList(init: ts.Expression): string[] | undefined {
  const inner = ts.isAsExpression(init) ? init.expression : init;
  if (!ts.isArrayLiteralExpression(inner)) return undefined;
  const values = inner.elements.map((e) => (ts.isStringLiteral(e) ? e.text : undefined));
  return values.every((v): v is string => v !== undefined) ? values : undefined;
}

function readClass(node: ts.ClassDeclaration, sf: ts.SourceFile, file: string): TypeDoc {
  const fields = node.members.filter(ts.isPropertyDeclaration).map((m) => ({
    name: m.name.getText(sf),
    type: m.type?.getText(sf) ?? 'unknown',
    optional: m.questionToken !== undefined,
    decorators: (ts.getDecorators(m) ?? []).map((d) => d.expression.getText(sf).replace(/\s+/g, ' ')),
    doc: docOf(m),
  }));
  return { name: node.name?.text ?? '', file, doc: docOf(node), fields };
}

function readInterface(node: ts.InterfaceDeclaration, sf: ts.SourceFile, file: string): TypeDoc {
  const fields = node.members.filter(ts.isPropertySignature).map((m) => ({
    name: m.name.getText(sf),
    type: m.type?.getText(sf) ?? 'unknown',
    optional: m.questionToken !== undefined,
    decorators: [],
    doc: docOf(m),
  }));
  return { name: node.name.text, file, doc: docOf(node), fields };
}

/** Parses every source file of the contracts library under `srcDir`; paths are reported relative to `repoRoot`. */
export function readContractSources(srcDir: string, repoRoot: string): ContractSources {
  const out: ContractSources = { types: new Map(), lists: new Map(), patterns: new Map(), numbers: new Map() };
  for (const path of sourceFiles(srcDir)) {
    const file = relative(repoRoot, path).split('\\').join('/');
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const st of sf.statements) {
      const type = ts.isClassDeclaration(st) && st.name ? readClass(st, sf, file) : ts.isInterfaceDeclaration(st) ? readInterface(st, sf, file) : undefined;
      if (type) {
        // The document names types by class name, so two classes of one name would be ambiguous.
        const clash = out.types.get(type.name);
        if (clash) throw new Error(`type ${type.name} is declared twice: ${clash.file} and ${file}`);
        out.types.set(type.name, type);
      }
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        const list = stringList(d.initializer);
        if (list) out.lists.set(d.name.text, list);
        if (ts.isRegularExpressionLiteral(d.initializer)) out.patterns.set(d.name.text, d.initializer.text);
        if (ts.isNumericLiteral(d.initializer)) out.numbers.set(d.name.text, d.initializer.getText(sf));
      }
    }
  }
  return out;
}
