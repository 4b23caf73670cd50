/**
 * Writes deploy/k8s/base/generated/* from the contracts, or prints one partner's KafkaUser.
 *
 *   node -r @swc-node/register tools/deploy/k8s/generate.ts                               # write the files
 *   node -r @swc-node/register tools/deploy/k8s/generate.ts --check                       # exit 1 when stale
 *   node -r @swc-node/register tools/deploy/k8s/generate.ts --partner marketplaces <id>   # print a partner's KafkaUser
 *
 * tools/deploy/k8s/generated-files.spec.ts fails when a committed file differs from a fresh rendering.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generatedFiles, renderYaml, staleGeneratedFiles } from './generated-files';
import { partnerKafkaUser } from './kafka-resources';
import { PARTNER_KINDS, type PartnerKind } from './topology';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

function main(args: string[]): number {
  if (args[0] === '--partner') {
    const [, kind, id] = args;
    if (!PARTNER_KINDS.includes(kind as PartnerKind) || !id) {
      process.stderr.write(`usage: generate.ts --partner <${PARTNER_KINDS.join('|')}> <partner id>\n`);
      return 2;
    }
    process.stdout.write(renderYaml([partnerKafkaUser(kind as PartnerKind, id)], `The KafkaUser of partner ${id} (${kind}).`));
    return 0;
  }
  const files = generatedFiles();
  if (args[0] === '--check') {
    const stale = staleGeneratedFiles(files, (p) => (existsSync(resolve(REPO_ROOT, p)) ? readFileSync(resolve(REPO_ROOT, p), 'utf8') : undefined));
    for (const s of stale) process.stderr.write(`${s}\n`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(resolve(REPO_ROOT, path)), { recursive: true });
    writeFileSync(resolve(REPO_ROOT, path), content);
    process.stdout.write(`wrote ${path}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
