import type { INestApplicationContext } from '@nestjs/common';
import { OPERATOR_ROLES } from '@trustcircle/security';
import { type Enrolment, EnrolOperatorUseCase } from '../auth/application/enrol-operator/enrol-operator.use-case';
import { RevokeOperatorSessionsUseCase } from '../auth/application/revoke-operator-sessions/revoke-operator-sessions.use-case';
import { CreateOperatorUseCase } from '../operators/application/create-operator/create-operator.use-case';
import { IssueOperatorTokenUseCase } from '../operators/application/issue-operator-token/issue-operator-token.use-case';
import { ListOperatorsQuery } from '../operators/application/list-operators/list-operators.query';
import { BindMarketplaceUseCase } from '../partners/application/bind-marketplace/bind-marketplace.use-case';
import { CreatePartnerUseCase } from '../partners/application/create-partner/create-partner.use-case';
import type { IssuedCredentials } from '../partners/application/credential-issuer';
import { ListPartnersQuery } from '../partners/application/list-partners/list-partners.query';
import type { PartnerView } from '../partners/application/partner-view';
import { RevokeCredentialUseCase } from '../partners/application/revoke-credential/revoke-credential.use-case';
import { RotateCredentialsUseCase } from '../partners/application/rotate-credentials/rotate-credentials.use-case';
import { SetPartnerStatusUseCase } from '../partners/application/set-partner-status/set-partner-status.use-case';
import { UnbindMarketplaceUseCase } from '../partners/application/unbind-marketplace/unbind-marketplace.use-case';
import { CLI_PARTNER_KINDS, cliKindOf, wireKindOf } from '../partners/domain/partner-kinds';
import { type CliArgs, CliFlags, CliUsageError } from './cli-args';

/** What a command prints: `json` with --json, else `text` (lines); and, for a change, its audit line. */
export interface CommandOutput {
  text: string;
  json: unknown;
  /** Recorded in the audit trail with the OS user as the actor (never the output: it may hold credentials). */
  audit?: CommandAudit;
}

/** The audit line of a command that changed something. */
export interface CommandAudit {
  action: string;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
}

/** A command, validated and ready to run against the console's use cases. */
export type PreparedCommand = (app: INestApplicationContext) => Promise<CommandOutput>;

/** Checks a command line and prepares its command, before anything connects. @throws CliUsageError */
export function prepareCommand(args: CliArgs): PreparedCommand {
  const f = new CliFlags(args);
  const command = COMMANDS[`${args.group} ${args.action}`];
  if (!command) throw new CliUsageError(args.group ? `unknown command "${`${args.group} ${args.action}`.trim()}"` : 'no command given');
  const prepared = command(f);
  f.done();
  return prepared;
}

const COMMANDS: Record<string, (f: CliFlags) => PreparedCommand> = {
  'partners create': (f) => {
    const kind = f.choice('kind', CLI_PARTNER_KINDS, true);
    const name = f.required('name');
    if (name.length > 200) throw new CliUsageError('--name must be at most 200 characters');
    const marketplaceIds = f.many('marketplace');
    if (marketplaceIds.length > 0 && kind !== 'payment-partner') throw new CliUsageError('--marketplace is for payment partners only');
    for (const id of marketplaceIds) if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CliUsageError('--marketplace must be a UUID');
    return async (app) => {
      const created = await app.get(CreatePartnerUseCase).execute({ kind: wireKindOf(kind), name, marketplaceIds });
      const c = created.credentials;
      return {
        json: { id: created.partnerId, kind, apiKey: c.apiKey, ...(c.webhookSecret ? { webhookSecret: c.webhookSecret } : {}) },
        text: [`Created ${kind} ${created.partnerId} "${name}".`, ...credentialLines(c), 'Store these now: they are shown once.'].join('\n'),
        audit: { action: 'partner.create', target: { type: 'partner', id: created.partnerId }, detail: { kind, name, marketplaceIds } },
      };
    };
  },
  'partners list': (f) => {
    const kind = f.choice('kind', CLI_PARTNER_KINDS);
    return async (app) => {
      const all: PartnerView[] = [];
      let cursor: string | undefined;
      do {
        const page = await app.get(ListPartnersQuery).execute({ ...(kind ? { kind: wireKindOf(kind) } : {}), limit: 200, ...(cursor ? { cursor } : {}) });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const lines = all.map((p) => {
        const valid = p.credentials.filter((c) => c.valid).map((c) => c.id);
        return `${p.id}  ${cliKindOf(p.kind).padEnd(15)}  ${p.status.padEnd(8)}  r${p.revision}  ${p.name}  [${valid.join(', ')}]`;
      });
      return { json: all, text: lines.length ? lines.join('\n') : 'No partners.' };
    };
  },
  'partners rotate': (f) => {
    const partnerId = f.uuid('id');
    const target = f.choice('credential', ['all', 'api-key', 'webhook-secret'] as const);
    const overlapHours = f.integer('overlap-hours', 0, 720);
    return async (app) => {
      const r = await app.get(RotateCredentialsUseCase).execute({ partnerId, target, overlapHours });
      return {
        json: { id: partnerId, ...r.credentials, previousValidUntil: r.previousValidUntil },
        text: [`Rotated the credentials of ${partnerId}.`, ...credentialLines(r.credentials), `The previous ones stay valid until ${r.previousValidUntil}.`, 'Store these now: they are shown once.'].join('\n'),
        audit: { action: 'partner.credentials.rotate', target: { type: 'partner', id: partnerId }, detail: { credential: target ?? 'all', overlapHours } },
      };
    };
  },
  'partners revoke': (f) => {
    const partnerId = f.uuid('id');
    const credentialId = f.required('credential-id');
    return async (app) => {
      await app.get(RevokeCredentialUseCase).execute({ partnerId, credentialId });
      return {
        json: { id: partnerId, revoked: credentialId },
        text: `Revoked ${credentialId} of ${partnerId}.`,
        audit: { action: 'partner.credential.revoke', target: { type: 'partner', id: partnerId }, detail: { credentialId } },
      };
    };
  },
  'partners disable': (f) => statusCommand(f, 'DISABLED'),
  'partners enable': (f) => statusCommand(f, 'ACTIVE'),
  'partners bind': (f) => bindingCommand(f, 'bind'),
  'partners unbind': (f) => bindingCommand(f, 'unbind'),
  'operators create': (f) => {
    const name = f.required('name');
    if (name.length > 100) throw new CliUsageError('--name must be at most 100 characters');
    const role = f.choice('role', OPERATOR_ROLES, true);
    return async (app) => {
      const o = await app.get(CreateOperatorUseCase).execute({ name, role });
      const e = await app.get(EnrolOperatorUseCase).execute({ id: o.id });
      return {
        json: { ...o, password: e.password, totpSecret: e.totpSecret, totpUri: e.totpUri },
        text: [`Created ${o.role} ${o.id} "${o.name}".`, ...enrolmentLines(e)].join('\n'),
        audit: { action: 'operator.create', target: { type: 'operator', id: o.id }, detail: { name: o.name, role, enrolled: true } },
      };
    };
  },
  'operators credentials': (f) => {
    const name = f.required('name');
    return async (app) => {
      const e = await app.get(EnrolOperatorUseCase).execute({ name });
      return {
        json: e,
        text: [`New sign-in credentials for "${e.name}" (${e.operatorId}); the previous ones and every session are revoked.`, ...enrolmentLines(e)].join('\n'),
        audit: { action: 'operator.enrol', target: { type: 'operator', id: e.operatorId } },
      };
    };
  },
  'operators revoke-sessions': (f) => {
    const name = f.required('name');
    return async (app) => {
      const r = await app.get(RevokeOperatorSessionsUseCase).execute({ name });
      return {
        json: r,
        text: `Ended ${r.revokedSessions} session(s) of "${name}" (${r.operatorId}).`,
        audit: { action: 'operator.sessions.revoke', target: { type: 'operator', id: r.operatorId }, detail: { revokedSessions: r.revokedSessions } },
      };
    };
  },
  'operators list': () => async (app) => {
    const operators = await app.get(ListOperatorsQuery).execute();
    return { json: operators, text: operators.length ? operators.map((o) => `${o.id}  ${o.role.padEnd(8)}  ${o.status.padEnd(8)}  ${o.name}`).join('\n') : 'No operators.' };
  },
  'operators token': (f) => {
    const name = f.required('name');
    return async (app) => {
      const t = await app.get(IssueOperatorTokenUseCase).execute(name);
      return { json: t, text: t.token, audit: { action: 'operator.token.issue', target: { type: 'operator', id: t.operatorId }, detail: { expiresAt: t.expiresAt } } };
    };
  },
};

function statusCommand(f: CliFlags, status: 'ACTIVE' | 'DISABLED'): PreparedCommand {
  const partnerId = f.uuid('id');
  return async (app) => {
    await app.get(SetPartnerStatusUseCase).execute(partnerId, status);
    return {
      json: { id: partnerId, status },
      text: `Partner ${partnerId} is ${status}.`,
      audit: { action: status === 'ACTIVE' ? 'partner.enable' : 'partner.disable', target: { type: 'partner', id: partnerId } },
    };
  };
}

function bindingCommand(f: CliFlags, op: 'bind' | 'unbind'): PreparedCommand {
  const partnerId = f.uuid('id');
  const marketplaceId = f.uuid('marketplace');
  return async (app) => {
    await (op === 'bind' ? app.get(BindMarketplaceUseCase) : app.get(UnbindMarketplaceUseCase)).execute(partnerId, marketplaceId);
    return {
      json: { id: partnerId, marketplaceId, bound: op === 'bind' },
      text: `Payment partner ${partnerId} ${op === 'bind' ? 'now serves' : 'no longer serves'} ${marketplaceId}.`,
      audit: { action: `partner.marketplace.${op}`, target: { type: 'partner', id: partnerId }, detail: { marketplaceId } },
    };
  };
}

function enrolmentLines(e: Enrolment): string[] {
  return [
    `  Password:    ${e.password}`,
    `  TOTP secret: ${e.totpSecret}`,
    `  TOTP URI:    ${e.totpUri}`,
    'Hand these over once, in person or through a channel you trust: they are not shown again. The operator adds the',
    'TOTP secret to an authenticator app (or scans the URI as a QR code) and signs in with the password and the code.',
  ];
}

function credentialLines(c: IssuedCredentials): string[] {
  return [
    ...(c.apiKey ? [`  API key:        ${c.apiKey}`] : []),
    ...(c.webhookSecret ? [`  Webhook secret: ${c.webhookSecret}`] : []),
  ];
}

/** The CLI's help text. */
export const USAGE = `Usage: npm run admin -- <command> [options]

Partners
  partners create --kind marketplace|courier|payment-partner --name NAME [--marketplace ID]… [--json]
                  Onboards a partner and prints its credentials once (API key; webhook secret for couriers
                  and payment partners). --json prints exactly {id, kind, apiKey, webhookSecret?}.
  partners list [--kind KIND] [--json]
  partners rotate --id ID [--credential all|api-key|webhook-secret] [--overlap-hours N] [--json]
                  New credentials; the current ones stay valid N hours (default CREDENTIAL_ROTATION_OVERLAP_HOURS).
  partners revoke --id ID --credential-id KEY_OR_SECRET_ID
  partners disable --id ID        partners enable --id ID
  partners bind --id PAYMENT_PARTNER_ID --marketplace ID     partners unbind --id … --marketplace …

Operators
  operators create --name NAME --role viewer|mediator|admin [--json]
                  Registers an operator and prints their sign-in credentials once: a password and a TOTP secret
                  (with its otpauth:// URI). --json adds password, totpSecret, totpUri to the operator.
  operators credentials --name NAME [--json]
                  New credentials (shown once); the previous ones stop working and every session is ended.
  operators revoke-sessions --name NAME [--json]   Ends every session of the operator.
  operators list [--json]
  operators token --name NAME [--json]      Prints an operator token (EdDSA JWT), for scripts.

Options: --json (machine-readable stdout), --verbose (logs on stderr), --help.
Environment: the console's (DB_*, REDIS_URL, KAFKA_BROKERS, PLATFORM_ENCRYPTION_KEY, …).
Changes reach Kafka through the console outbox before the command exits. Every change is recorded in the audit
trail with your OS user as the actor.`;
