import { randomUUID } from 'node:crypto';
import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { EventOf, ServiceName } from '@trustcircle/contracts';
import { type EnvSource, ServiceEnv } from '@trustcircle/config';
import { type EventHandler, type HandlerContext, HandlesEvent, MESSAGING_ENTITIES, PermanentEventError } from '@trustcircle/messaging';
import { createServiceApp } from '../bootstrap-service';
import { ServiceKitModule } from '../service-kit.module';

/** Table (in the disputes schema) where the test handler records each effect it applies. */
export const EFFECTS_TABLE = '"disputes"."tmp_messaging_effects"';

/** An order-placed event whose `externalId` is this is refused by the test handler (a permanent failure). */
export const REFUSED_EXTERNAL_ID = 'refuse-me';

/**
 * Records one row per applied `orders.order-placed`, inside the consumer's transaction, with that transaction's
 * id (events applied together share it). Refuses an order whose external id is {@link REFUSED_EXTERNAL_ID}, after
 * writing, so a refusal that was not rolled back would show.
 */
@Injectable()
@HandlesEvent('orders.order-placed')
export class RecordEffectOnOrderPlaced implements EventHandler<'orders.order-placed'> {
  async handle(event: EventOf<'orders.order-placed'>, ctx: HandlerContext): Promise<void> {
    await ctx.manager.query(`INSERT INTO ${EFFECTS_TABLE} (event_id, order_id, correlation_id, tx) VALUES ($1, $2, $3, txid_current())`, [
      event.id,
      event.data.orderId,
      event.correlationId,
    ]);
    if (event.data.externalId === REFUSED_EXTERNAL_ID) throw new PermanentEventError('the test handler refuses this order');
  }
}

@Module({ providers: [RecordEffectOnOrderPlaced] })
class EffectsModule {}

@Module({})
class TestServiceModule {
  static forRoot(service: ServiceName, envSource: EnvSource, withHandler: boolean): DynamicModule {
    return {
      module: TestServiceModule,
      imports: [ServiceKitModule.forRoot({ service, env: ServiceEnv, entities: MESSAGING_ENTITIES, envSource }), ...(withHandler ? [EffectsModule] : [])],
    };
  }
}

/** Starts an in-process service with the real platform (and, for `disputes`, the effect-recording handler). */
export async function startTestService(service: ServiceName, env: EnvSource, withHandler = false): Promise<NestExpressApplication> {
  const app = await createServiceApp(TestServiceModule.forRoot(service, env, withHandler), { service });
  await app.listen(0, '127.0.0.1');
  return app;
}

export function appUrl(app: NestExpressApplication, path: string): string {
  const address = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}${path}`;
}

export function newId(): string {
  return randomUUID();
}
