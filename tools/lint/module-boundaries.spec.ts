/**
 * Proves the lint rules really constrain: each case is code that must be refused where it stands.
 * (Nx's boundary rule silently skips itself without a project graph, so the graph is built first.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
jest.setTimeout(120_000);

beforeAll(() => {
  execFileSync(resolve(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: ROOT, stdio: 'ignore' });
});

/** Lints `code` as if it were the file at `filePath`, with the repository's own ESLint config. */
async function messages(filePath: string, code: string): Promise<string[]> {
  const r = spawnSync(resolve(ROOT, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', resolve(ROOT, filePath)], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  it('refuses an app importing another app', async () => {
    const out = await messages('apps/orders/src/bad.ts', "import { AppModule } from '../../escrow/src/app.module';\nexport const x = AppModule;\n");
    expect(out.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('refuses the contracts library depending on a platform library', async () => {
    const out = await messages('libs/contracts/src/bad.ts', "import { TEST_INFRA } from '@trustcircle/testing';\nexport const x = TEST_INFRA;\n");
    expect(out.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('refuses production code importing the testing library', async () => {
    const out = await messages('apps/escrow/src/bad.ts', "import { TEST_INFRA } from '@trustcircle/testing';\nexport const x = TEST_INFRA;\n");
    expect(out.join('\n')).toMatch(/testing library is for tests only/);
  });

  it('refuses deep imports into a library', async () => {
    const out = await messages('apps/escrow/src/bad.ts', "import { SERVICES } from '@trustcircle/contracts/src/services';\nexport const x = SERVICES;\n");
    expect(out.join('\n')).toMatch(/public index/);
  });

  it('refuses reading process.env outside the config library', async () => {
    const out = await messages('apps/escrow/src/bad.ts', 'export const port = process.env.PORT;\n');
    expect(out.join('\n')).toMatch(/validated config/);
  });

  it('accepts an app importing contracts through the public index', async () => {
    const out = await messages('apps/escrow/src/good.ts', "import { SERVICES } from '@trustcircle/contracts';\nexport const port = SERVICES.escrow.port;\n");
    expect(out).toEqual([]);
  });
});
