import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GENERATE_COMMAND, generatedFiles, staleGeneratedFiles } from './generated-files';
import { REPO_ROOT } from './render';

const committed = (path: string): string | undefined => (existsSync(resolve(REPO_ROOT, path)) ? readFileSync(resolve(REPO_ROOT, path), 'utf8') : undefined);

describe('deploy/k8s/base/generated', () => {
  const expected = generatedFiles();

  it('equals what the generator makes from the contracts now', () => {
    expect(staleGeneratedFiles(expected, committed)).toEqual([]);
  });

  it('catches a tampered file, telling to run the generator', () => {
    const [path] = [...expected.keys()];
    const tampered = (p: string) => (p === path ? committed(p)?.replace('partitions: 6', 'partitions: 12') : committed(p));
    const stale = staleGeneratedFiles(expected, tampered);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain(path);
    expect(stale[0]).toContain(GENERATE_COMMAND);
  });

  it('catches a topic added to the contracts but not regenerated', () => {
    const withNewTopic = new Map(expected);
    const topicsPath = [...expected.keys()].find((p) => p.endsWith('kafka-topics.yaml')) as string;
    withNewTopic.set(topicsPath, `${expected.get(topicsPath) as string}---\nkind: KafkaTopic\nmetadata:\n  name: payments.events.v1\n`);
    expect(staleGeneratedFiles(withNewTopic, committed)).toEqual([expect.stringContaining(`${topicsPath} is stale`)]);
  });

  it('catches a missing file', () => {
    expect(staleGeneratedFiles(expected, () => undefined)).toHaveLength(expected.size);
  });
});
