import { Body, Controller, Get, Global, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ConfigModule, ServiceEnv, loadConfig, readProcessEnv } from '@trustcircle/config';
import { DatabaseModule } from '@trustcircle/database';
import { configureHttpEdge, HttpEdgeModule, type Principal, ProblemException } from '@trustcircle/http';
import { CLOCK, ManualClock } from '@trustcircle/kernel';
import { LoggingModule } from '@trustcircle/observability';
import { REDIS, RedisModule } from '@trustcircle/redis';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth, PARTNER_DIRECTORY_ENTITIES, PartnerDirectoryModule, PartnerDirectoryWriter, PlatformKeyring, SignedWebhook } from '../src';

/** Calls of the test webhook handlers, by webhook body `n`. */
export const handled = new Map<string, number>();

/** Endpoints guarded by each decorator, answering the principal. */
@Controller('t')
class GuardedController {
  @Get('marketplace')
  @ApiKeyAuth('marketplace')
  marketplace(@CurrentPrincipal() p: Principal): Principal {
    return p;
  }

  @Get('partners')
  @ApiKeyAuth('marketplace', 'courier')
  partners(@CurrentPrincipal() p: Principal): Principal {
    return p;
  }

  @Get('mediation')
  @OperatorAuth('mediator')
  mediation(@CurrentPrincipal() p: Principal): Principal {
    return p;
  }

  @Get('either')
  @ApiKeyAuth('marketplace')
  @OperatorAuth()
  either(@CurrentPrincipal() p: Principal): Principal {
    return p;
  }

  @Post('couriers/:courierId/events')
  @HttpCode(201)
  @SignedWebhook('courier', { partnerIdParam: 'courierId' })
  courierEvent(@Body() body: { n: string; fail?: number }, @CurrentPrincipal() p: Principal): { n: string; count: number; partnerId?: string } {
    const count = (handled.get(body.n) ?? 0) + 1;
    handled.set(body.n, count);
    if (body.fail === 500) throw new Error('transient failure');
    if (body.fail === 404) throw new ProblemException({ status: 404, type: 'shipment-not-found', title: 'Shipment not found', detail: 'No such parcel.' });
    return { n: body.n, count, partnerId: p.partnerId };
  }

  @Post('partners/:partnerId/payments')
  @HttpCode(201)
  @SignedWebhook('payment-partner')
  payment(@Body() body: { n: string }, @CurrentPrincipal() p: Principal): { n: string; partnerId?: string } {
    handled.set(body.n, (handled.get(body.n) ?? 0) + 1);
    return { n: body.n, partnerId: p.partnerId };
  }
}

/** A real Nest app with the security library over the `notifications` schema, real PostgreSQL and Redis. */
export interface SecurityTestApp {
  app: NestExpressApplication;
  clock: ManualClock;
  keyring: PlatformKeyring;
  writer: PartnerDirectoryWriter;
  dataSource: DataSource;
  /** Security log lines written so far. */
  logs: string[];
  close(): Promise<void>;
}

export async function createSecurityTestApp(): Promise<SecurityTestApp> {
  const service = 'notifications';
  const env = loadConfig(ServiceEnv, readProcessEnv());
  const clock = new ManualClock(Date.now());
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });

  @Global()
  @Module({ providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] })
  class TestClockModule {}

  @Module({
    imports: [
      ConfigModule.forRoot(ServiceEnv, { service, preloaded: env }),
      TestClockModule,
      LoggingModule.forRoot({ service, level: 'warn', stream }),
      RedisModule.forRoot({ url: env.REDIS_URL, keyPrefix: `t-sec-${randomBytes(4).toString('hex')}` }),
      DatabaseModule.forRoot({ service, entities: PARTNER_DIRECTORY_ENTITIES, migrations: [] }),
      HttpEdgeModule.forRoot({ service, redis: REDIS }),
      PartnerDirectoryModule,
    ],
    controllers: [GuardedController],
  })
  class TestAppModule {}

  const app = await NestFactory.create<NestExpressApplication>(TestAppModule, { bufferLogs: true, rawBody: true });
  configureHttpEdge(app, { service });
  await app.init();
  return {
    app,
    clock,
    keyring: app.get(PlatformKeyring),
    writer: app.get(PartnerDirectoryWriter),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    logs,
    close: () => app.close(),
  };
}
