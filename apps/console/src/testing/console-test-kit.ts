/**
 * Test kit for the console's integration tests (test-only code, never imported by the app): the shared
 * ServiceTestKit (the app in process on the real PostgreSQL, Redis and Kafka, a movable clock, API calls, outbox
 * events) plus the console's own operators: tokens of new operators, enrolment (password and TOTP), TOTP codes at
 * the app's clock, sign-in, calls from a chosen peer address (per-IP limits), and the audit trail.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { getDataSourceToken } from '@nestjs/typeorm';
import { generateSigningKey, type OperatorRole } from '@trustcircle/security';
import { ServiceTestKit, type TestResponse } from '@trustcircle/service-testing';
import type { DataSource } from 'typeorm';
import { createServiceApp } from '@trustcircle/service-kit';
import { AppModule } from '../app.module';
import { EnrolOperatorUseCase } from '../auth/application/enrol-operator/enrol-operator.use-case';
import { totpCode } from '../auth/domain/totp';
import { CreateOperatorUseCase } from '../operators/application/create-operator/create-operator.use-case';
import { IssueOperatorTokenUseCase } from '../operators/application/issue-operator-token/issue-operator-token.use-case';

export { TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';

/** An operator enrolled for sign-in: what the enrolment handed over. */
export interface EnrolledOperator {
  id: string;
  name: string;
  role: OperatorRole;
  password: string;
  totpSecret: string;
}

/** Options of {@link ConsoleTestKit.request}. */
export interface ConsoleRequest {
  /** The peer address to call from (any of 127/8); 127.0.0.1 when omitted. */
  ip?: string;
  bearer?: string;
  body?: unknown;
  /** A `Cookie` header. */
  cookie?: string;
}

/** An audit line as stored. */
export interface AuditRow {
  seq: string;
  actor_type: string;
  actor_name: string | null;
  operator_id: string | null;
  operator_role: string | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  user_agent: string | null;
  correlation_id: string | null;
}

/** One running console app and the helpers that drive it. */
export class ConsoleTestKit extends ServiceTestKit {
  /** Starts the console (`env` overrides the process env), listening on 127.0.0.1. */
  static async start(env: Record<string, string> = {}): Promise<ConsoleTestKit> {
    const app = await createServiceApp(AppModule.forRoot(ServiceTestKit.testEnv({ LOG_LEVEL: 'error', ...env })), { service: 'console' });
    await app.listen(0, '127.0.0.1');
    // The console trusts only its own signing keys and operators: the base kit's key is never used here.
    return new ConsoleTestKit(app, app.get<DataSource>(getDataSourceToken()), 'console', generateSigningKey());
  }

  /** Not for the console, which checks that the operator exists: use {@link tokenFor} or {@link signIn}. */
  override operatorToken(): string {
    throw new Error('The console accepts tokens of its own operators only: use `await kit.tokenFor(role)` or sign in.');
  }

  /** A token (no session: as the admin CLI issues it) of a new operator with `role`. */
  async tokenFor(role: OperatorRole): Promise<{ token: string; operatorId: string; name: string }> {
    const name = `test-${role}-${randomUUID().slice(0, 8)}`;
    const operator = await this.app.get(CreateOperatorUseCase).execute({ name, role });
    const { token } = await this.app.get(IssueOperatorTokenUseCase).execute(name);
    return { token, operatorId: operator.id, name };
  }

  /** A new operator with `role`, enrolled for sign-in (password and TOTP secret). */
  async enrolOperator(role: OperatorRole, name = `op-${role}-${randomUUID().slice(0, 8)}`): Promise<EnrolledOperator> {
    const operator = await this.app.get(CreateOperatorUseCase).execute({ name, role });
    const enrolment = await this.app.get(EnrolOperatorUseCase).execute({ id: operator.id });
    return { id: operator.id, name, role, password: enrolment.password, totpSecret: enrolment.totpSecret };
  }

  /** The TOTP code an authenticator app shows at the app clock's now (or `at`). */
  totp(secret: string, at: Date = this.now()): string {
    return totpCode(secret, at);
  }

  /**
   * Signs an operator in (`POST /v1/auth/sessions`) with the current code; moves the app clock 30 s first when
   * `nextCode`, so that a second sign-in within one test has a code of its own (each is accepted once).
   */
  async signIn(operator: EnrolledOperator, options: { ip?: string; nextCode?: boolean } = {}): Promise<TestResponse> {
    if (options.nextCode) this.advanceWithoutSweep(30_000);
    return this.request('POST', '/v1/auth/sessions', { ip: options.ip, body: { name: operator.name, password: operator.password, totp: this.totp(operator.totpSecret) } });
  }

  /** A fresh peer address (127/8 is all loopback), so per-IP limits of other tests and earlier runs never interfere. */
  newIp(): string {
    return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  }

  /** Calls the app from `options.ip`, with an optional bearer, JSON body and cookies. */
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: ConsoleRequest = {}): Promise<TestResponse> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const port = (this.app.getHttpServer().address() as { port: number }).port;
    const headers: Record<string, string> = {};
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    if (options.cookie) headers.cookie = options.cookie;
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, localAddress: options.ip, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) h.append(k, value);
          const text = Buffer.concat(chunks).toString('utf8');
          resolve(ConsoleTestKit.answer(new Response(text === '' ? null : text, { status: res.statusCode ?? 0, headers: h })));
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** The audit lines matching every given column (`detail` not included), oldest first. */
  async auditRows(where: Partial<Pick<AuditRow, 'action' | 'target_id' | 'operator_id' | 'ip' | 'correlation_id' | 'actor_type'>>): Promise<AuditRow[]> {
    const entries = Object.entries(where).filter(([, v]) => v !== undefined);
    const sql = `SELECT * FROM "console"."audit_log" ${entries.length ? `WHERE ${entries.map(([k], i) => `"${k}" = $${i + 1}`).join(' AND ')}` : ''} ORDER BY "seq"`;
    return (await this.db.query(sql, entries.map(([, v]) => v))) as AuditRow[];
  }
}
