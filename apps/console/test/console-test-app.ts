import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { EventEnvelope } from '@trustcircle/contracts';
import { readProcessEnv } from '@trustcircle/config';
import type { OperatorRole } from '@trustcircle/security';
import { createServiceApp } from '@trustcircle/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { CreateOperatorUseCase } from '../src/operators/application/create-operator/create-operator.use-case';
import { IssueOperatorTokenUseCase } from '../src/operators/application/issue-operator-token/issue-operator-token.use-case';

/** The console service in-process (HTTP edge, outbox relay to the test Kafka), on the test database. */
export interface ConsoleTestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** A token of a new operator with `role`. */
  tokenFor(role: OperatorRole): Promise<{ token: string; operatorId: string; name: string }>;
  /** The `partners.partner-upserted` envelopes of a partner in the outbox, in order. */
  partnerEvents(partnerId: string): Promise<Array<EventEnvelope<'partners.partner-upserted', Record<string, unknown>>>>;
  close(): Promise<void>;
}

export async function createConsoleTestApp(): Promise<ConsoleTestApp> {
  const app = await createServiceApp(AppModule.forRoot({ ...readProcessEnv(), LOG_LEVEL: 'error' }), { service: 'console' });
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    dataSource,
    async tokenFor(role) {
      const name = `test-${role}-${randomUUID().slice(0, 8)}`;
      const operator = await app.get(CreateOperatorUseCase).execute({ name, role });
      const { token } = await app.get(IssueOperatorTokenUseCase).execute(name);
      return { token, operatorId: operator.id, name };
    },
    async partnerEvents(partnerId) {
      const rows = (await dataSource.query(`SELECT envelope FROM "console"."outbox" WHERE key = $1 AND type = 'partners.partner-upserted' ORDER BY seq`, [
        partnerId,
      ])) as Array<{ envelope: EventEnvelope<'partners.partner-upserted', Record<string, unknown>> }>;
      return rows.map((r) => r.envelope);
    },
    close: () => app.close(),
  };
}
