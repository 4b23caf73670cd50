import 'reflect-metadata';
import { userInfo } from 'node:os';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, type EnvSource, loadConfig } from '@trustcircle/config';
import { ProblemException } from '@trustcircle/http';
import { OutboxRelay } from '@trustcircle/messaging';
import { useStructuredLogger } from '@trustcircle/observability';
import { Audit } from '../audit/application/audit';
import { ConsoleEnv } from '../config/console.env';
import { AdminCliModule } from './admin-cli.module';
import { type CommandAudit, type CommandOutput, prepareCommand, USAGE } from './admin-commands';
import { CliUsageError, parseCliArgs } from './cli-args';

/** Where the CLI writes: `out` is the command's output only; everything else goes to `err`. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs one admin command: checks the command line (exit 2 on bad input, before connecting anywhere), boots the
 * console's use cases in a Nest application context (no HTTP), runs the command, publishes the outbox to Kafka,
 * prints the output, and closes. Returns the exit code: 0 done, 1 refused or failed, 2 bad command line.
 */
export async function runAdminCli(argv: readonly string[], envSource: EnvSource, io: CliIo): Promise<number> {
  let json = false;
  let run;
  try {
    const args = parseCliArgs(argv);
    if (args.switches.has('help') || args.group === '') {
      (args.switches.has('help') ? io.out : io.err)(`${USAGE}\n`);
      return args.switches.has('help') ? 0 : 2;
    }
    json = args.switches.has('json');
    run = prepareCommand(args);
    envSource = { ...envSource, LOG_LEVEL: args.switches.has('verbose') ? (envSource.LOG_LEVEL ?? 'info') : 'fatal' };
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.err(`admin: ${e.message}\nRun with --help for usage.\n`);
    return 2;
  }

  let env: ConsoleEnv;
  try {
    env = loadConfig(ConsoleEnv, envSource, 'console');
  } catch (e) {
    io.err(`admin: ${e instanceof ConfigError ? e.message : String(e)}\n`);
    return 2;
  }

  let app;
  try {
    app = await NestFactory.createApplicationContext(AdminCliModule.forRoot(env), { bufferLogs: true, abortOnError: false });
  } catch (e) {
    io.err(`admin: could not start (database, Kafka or configuration): ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  useStructuredLogger(app);
  try {
    let output: CommandOutput;
    try {
      output = await run(app);
    } catch (e) {
      if (e instanceof ProblemException) {
        io.err(`admin: ${e.problem.title}: ${e.problem.detail ?? ''}\n`);
        return 1;
      }
      throw e;
    }
    if (output.audit) await recordAudit(app.get(Audit), output.audit, io);
    await publishOutbox(app.get(OutboxRelay), io);
    io.out(json ? `${JSON.stringify(output.json)}\n` : `${output.text}\n`);
    return 0;
  } catch (e) {
    new NestLogger('admin').error(e instanceof Error ? e : String(e));
    io.err(`admin: failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    await app.close().catch(() => undefined);
  }
}

/** The OS user running the CLI: the actor of its audit lines. */
function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Records the command's change in the audit trail. The change is committed already: a failure is a warning. */
async function recordAudit(audit: Audit, entry: CommandAudit, io: CliIo): Promise<void> {
  try {
    await audit.record({ ...entry, actor: { type: 'CLI', name: osUser() }, origin: { ip: null, userAgent: 'trustcircle-admin-cli' } });
  } catch (e) {
    io.err(`admin: warning: the change is saved, but its audit line was not written (${e instanceof Error ? e.message : String(e)}).\n`);
  }
}

/**
 * Publishes what the command wrote to the outbox (and anything else pending) before exiting. If Kafka refuses,
 * the change is committed anyway and a running console's relay publishes it later: say so, do not fail.
 */
async function publishOutbox(relay: OutboxRelay, io: CliIo): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await relay.drain();
      return;
    } catch (e) {
      if (attempt >= 3) {
        io.err(`admin: warning: the change is saved, but its event is not on Kafka yet (${e instanceof Error ? e.message : String(e)}); the console's relay will publish it.\n`);
        return;
      }
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}
