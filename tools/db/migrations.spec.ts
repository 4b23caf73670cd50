/**
 * Migrations follow the naming rule (`<epoch-ms>-<PascalName>.ts`, class `<PascalName><epoch-ms>`), and each
 * service's index lists all of its migration files, oldest first.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SERVICE_NAMES } from '@trustcircle/contracts';
import { MIGRATION_FILE_NAME } from '@trustcircle/database';
import { MIGRATIONS } from './migrations-registry';

const ROOT = resolve(__dirname, '..', '..');

describe.each(SERVICE_NAMES)('%s migrations', (service) => {
  const files = readdirSync(resolve(ROOT, 'apps', service, 'src', 'database', 'migrations')).filter((f) => f !== 'index.ts' && !f.endsWith('.spec.ts'));

  it('are named <epoch-ms>-<PascalName>.ts', () => {
    expect(files.filter((f) => !MIGRATION_FILE_NAME.test(f))).toEqual([]);
  });

  it('are all listed, oldest first, with class <PascalName><epoch-ms>', () => {
    const expected = files
      .map((f) => MIGRATION_FILE_NAME.exec(f) as RegExpExecArray)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(([, epoch, name]) => `${name}${epoch}`);
    expect(MIGRATIONS[service].map((m) => m.name)).toEqual(expected);
  });
});
