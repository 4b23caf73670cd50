/**
 * The admin CLI (`npm run admin -- <command>`; see `--help`): the console's partner registry and operator use
 * cases, from a shell. Reads the console's environment: the same one `npm start` gives the console, overridden by
 * the variables set in the shell. Only the command's output goes to stdout.
 */
import 'reflect-metadata';
import { runAdminCli } from '../../apps/console/src/cli/run-admin-cli';
import { localEnv } from '../stack/local-env';

const stdout = process.stdout.write.bind(process.stdout);
// Anything else that writes to stdout (a library's logger) goes to stderr: stdout is the command's output.
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

// The local stack's environment (defaults, .env, generated local secrets), with explicit variables winning.
runAdminCli(process.argv.slice(2), { ...localEnv(), ...process.env }, { out: (text) => void stdout(text), err: (text) => void process.stderr.write(text) })
  .catch((e: unknown) => {
    process.stderr.write(`admin: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  })
  .then((code) => {
    process.exitCode = code;
    // Every connection is closed by then; a stray timer of a library must not keep the CLI alive.
    setTimeout(() => process.exit(code), 2000).unref();
  });
