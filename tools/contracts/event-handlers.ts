/**
 * Finds, per service, the event types its handlers handle and the intake topics it reads, from the code:
 * - a source scan (TypeScript compiler API) of every non-test file for classes decorated `@HandlesEvent(…)` or
 *   `@HandlesIntake(…)`: in `apps/<service>/src`, and in the platform libraries, whose handler classes count for
 *   a service when one of its files uses the library module that provides them (`PartnerDirectoryModule`);
 * - each decorated class is then loaded and its decorator metadata read, so constants and spreads
 *   (`@HandlesEvent(...NOTIFIED_EVENTS)`) resolve to exactly the type strings the consumer subscribes with.
 *
 * EVENT_CATALOGUE's `consumers` must equal this (tools/contracts/catalogue-consumers.spec.ts): Kafka ACLs are
 * generated from the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { EVENT_HANDLER_METADATA, INTAKE_HANDLER_METADATA } from '@trustcircle/messaging';
import ts from 'typescript';

const REPO_ROOT = resolve(__dirname, '..', '..');

/** One decorated handler class found in the source. */
export interface HandlerClass {
  /** Path relative to the repository root. */
  file: string;
  className: string;
  /** Event types (`@HandlesEvent`), resolved. */
  eventTypes: string[];
  /** Intake topic (`@HandlesIntake`), resolved. */
  intakeTopics: string[];
}

/** What one service handles. */
export interface ServiceHandlers {
  /** Event types, sorted. */
  eventTypes: string[];
  /** Intake topics, sorted. */
  intakeTopics: string[];
  /** The handler classes that say so. */
  classes: HandlerClass[];
}

/** Non-test TypeScript files under a directory (testing helpers and test folders excluded), sorted. */
function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      if (e.isDirectory()) return ['testing', 'service-testing', 'test', 'node_modules'].includes(e.name) ? [] : productionFiles(join(dir, e.name));
      return [join(dir, e.name)];
    })
    .filter((f) => f.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(f))
    .sort();
}

/** The names of the classes of a source text decorated with one of the handler decorators. */
export function decoratedHandlerClasses(text: string, fileName = 'source.ts'): string[] {
  if (!/@Handles(Event|Intake)\s*\(/.test(text)) return [];
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  return sf.statements.filter(ts.isClassDeclaration).flatMap((c) => {
    const names = (ts.getDecorators(c) ?? []).map((d) => (ts.isCallExpression(d.expression) ? d.expression.expression.getText(sf) : ''));
    return c.name && names.some((n) => n === 'HandlesEvent' || n === 'HandlesIntake') ? [c.name.text] : [];
  });
}

/** Loads a file and reads the handler metadata of its decorated classes. */
function loadHandlers(path: string): HandlerClass[] {
  const classes = decoratedHandlerClasses(readFileSync(path, 'utf8'), path);
  if (classes.length === 0) return [];
  // Loading the scanned file is the point: it resolves the decorators' constants and spreads.
  const exports = require(path) as Record<string, unknown>;
  return classes.map((className) => {
    const cls = exports[className];
    if (typeof cls !== 'function') throw new Error(`${path}: handler class ${className} is not exported`);
    const events = (Reflect.getMetadata(EVENT_HANDLER_METADATA, cls) as string[] | undefined) ?? [];
    const intake = Reflect.getMetadata(INTAKE_HANDLER_METADATA, cls) as string | undefined;
    if (events.length === 0 && !intake) throw new Error(`${path}: ${className} is decorated but carries no handler metadata`);
    return { file: relative(REPO_ROOT, path), className, eventTypes: [...events], intakeTopics: intake ? [intake] : [] };
  });
}

/** Library modules (`@Module` classes) that list a class among their providers, by the module file's text. */
function modulesProviding(className: string, libFiles: readonly string[]): string[] {
  return libFiles
    .filter((f) => f.endsWith('.module.ts'))
    .flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      if (!new RegExp(`providers:\\s*\\[[^\\]]*\\b${className}\\b`).test(text)) return [];
      return [...text.matchAll(/export class (\w+Module)\b/g)].map((m) => m[1]);
    });
}

/** True when some file of the service refers to the identifier (imports and uses a library module). */
function serviceUses(identifier: string, serviceFiles: readonly string[]): boolean {
  const word = new RegExp(`\\b${identifier}\\b`);
  return serviceFiles.some((f) => word.test(readFileSync(f, 'utf8')));
}

/** Every service's handlers, from the source of `apps/<service>/src` and the platform libraries. */
export function scanServiceHandlers(root: string = REPO_ROOT): Record<ServiceName, ServiceHandlers> {
  const libFiles = productionFiles(join(root, 'libs', 'platform')).filter((f) => f.split(/[\\/]/).includes('src'));
  const libHandlers = libFiles.flatMap((f) => loadHandlers(f).map((h) => ({ ...h, modules: modulesProviding(h.className, libFiles) })));
  const out = {} as Record<ServiceName, ServiceHandlers>;
  for (const service of SERVICE_NAMES) {
    const files = productionFiles(join(root, 'apps', service, 'src'));
    const own = files.flatMap(loadHandlers);
    const shared = libHandlers.filter((h) => h.modules.some((m) => serviceUses(m, files))).map(({ modules: _m, ...h }) => h);
    const classes = [...own, ...shared];
    out[service] = {
      eventTypes: [...new Set(classes.flatMap((c) => c.eventTypes))].sort(),
      intakeTopics: [...new Set(classes.flatMap((c) => c.intakeTopics))].sort(),
      classes,
    };
  }
  return out;
}

/** One disagreement between the catalogue's consumers and the code. */
export interface ConsumerMismatch {
  service: ServiceName;
  eventType: string;
  /** `handled, not listed`: the catalogue misses a consumer; `listed, not handled`: it names one that is not. */
  problem: 'handled by the code, not listed in the catalogue' | 'listed in the catalogue, not handled by the code';
}

/** Compares the catalogue's `consumers` (event type → services) with what each service's handlers handle. */
export function compareConsumers(
  catalogue: ReadonlyArray<{ type: string; consumers: readonly string[] }>,
  handled: Readonly<Record<ServiceName, Pick<ServiceHandlers, 'eventTypes'>>>,
): ConsumerMismatch[] {
  const out: ConsumerMismatch[] = [];
  for (const service of SERVICE_NAMES) {
    const listed = new Set(catalogue.filter((d) => d.consumers.includes(service)).map((d) => d.type));
    const code = new Set(handled[service].eventTypes);
    for (const t of [...code].filter((x) => !listed.has(x)).sort()) out.push({ service, eventType: t, problem: 'handled by the code, not listed in the catalogue' });
    for (const t of [...listed].filter((x) => !code.has(x)).sort()) out.push({ service, eventType: t, problem: 'listed in the catalogue, not handled by the code' });
  }
  return out;
}
