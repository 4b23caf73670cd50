/**
 * Proves the lint rules really constrain: each case is code that must be refused where it stands.
 * (Nx's boundary rule silently skips itself without a project graph, so the graph is built first.) One ESLint
 * process lints every case, with the repository's own config: loading it takes seconds, a case milliseconds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
jest.setTimeout(120_000);

/** Code as if it were the file at `filePath`. */
interface LintCase {
  filePath: string;
  code: string;
}

const CASES = {
  appImportsApp: { filePath: 'apps/orders/src/bad.ts', code: "import { AppModule } from '../../escrow/src/app.module';\nexport const x = AppModule;\n" },
  contractsImportsPlatform: { filePath: 'libs/contracts/src/bad.ts', code: "import { TEST_INFRA } from '@trustcircle/testing';\nexport const x = TEST_INFRA;\n" },
  productionImportsTesting: { filePath: 'apps/escrow/src/bad.ts', code: "import { TEST_INFRA } from '@trustcircle/testing';\nexport const x = TEST_INFRA;\n" },
  deepImport: { filePath: 'apps/escrow/src/bad.ts', code: "import { SERVICES } from '@trustcircle/contracts/src/services';\nexport const x = SERVICES;\n" },
  processEnv: { filePath: 'apps/escrow/src/bad.ts', code: 'export const port = process.env.PORT;\n' },
  publicIndex: { filePath: 'apps/escrow/src/good.ts', code: "import { SERVICES } from '@trustcircle/contracts';\nexport const port = SERVICES.escrow.port;\n" },
} satisfies Record<string, LintCase>;

/** Runs in a plain Node process: ESLint loads its flat config with `import()`, which jest's module sandbox lacks. */
const LINT_ALL = `
import { ESLint } from 'eslint';
const cases = JSON.parse(await new Promise((done) => { let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => done(s)); }));
const eslint = new ESLint({ cwd: process.cwd() });
const out = {};
for (const [name, c] of Object.entries(cases)) {
  const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
  out[name] = result.messages.map((m) => m.ruleId + ': ' + m.message);
}
process.stdout.write(JSON.stringify(out));
`;

let messages: Record<keyof typeof CASES, string[]>;

beforeAll(() => {
  execFileSync(resolve(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: ROOT, stdio: 'ignore' });
  const cases = Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, { ...c, filePath: resolve(ROOT, c.filePath) }]));
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_ALL], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ESLint failed (exit ${r.status}): ${r.stderr}`);
  messages = JSON.parse(r.stdout) as typeof messages;
});

describe('module boundaries', () => {
  it('refuses an app importing another app', () => {
    expect(messages.appImportsApp.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('refuses the contracts library depending on a platform library', () => {
    expect(messages.contractsImportsPlatform.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('refuses production code importing the testing library', () => {
    expect(messages.productionImportsTesting.join('\n')).toMatch(/testing library is for tests only/);
  });

  it('refuses deep imports into a library', () => {
    expect(messages.deepImport.join('\n')).toMatch(/public index/);
  });

  it('refuses reading process.env outside the config library', () => {
    expect(messages.processEnv.join('\n')).toMatch(/validated config/);
  });

  it('accepts an app importing contracts through the public index', () => {
    expect(messages.publicIndex).toEqual([]);
  });
});
