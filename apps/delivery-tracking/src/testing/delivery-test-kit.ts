/**
 * Test kit for the delivery-tracking service's integration tests (test-only code, never imported by the app):
 * the shared ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, signed
 * webhooks, API calls, operator tokens, outbox events, a movable clock) plus orders copied as the order
 * consumer would, shipments registered as a marketplace would, and timelines read back.
 */
import { randomUUID } from 'node:crypto';
import type { ShipmentDirection } from '@trustcircle/contracts';
import { ServiceTestKit, type TestPartner, type TestResponse } from '@trustcircle/service-testing';
import { AppModule } from '../app.module';
import { OrderCopyRecord } from '../shipments/infrastructure/order-copy.orm-entity';
import { ShipmentRecord } from '../shipments/infrastructure/shipment.orm-entity';
import { CheckpointRecord } from '../tracking/infrastructure/checkpoint.orm-entity';

export { TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';

/** A copied order: its id and code. */
export interface SeededOrder {
  orderId: string;
  code: string;
}

/** One running delivery-tracking app and the helpers that drive it. */
export class DeliveryTestKit extends ServiceTestKit {
  /** Starts the app (`env` overrides the process env); deadlines fire when a test sweeps (`advance`, `sweep`). */
  static async start(env: Record<string, string> = {}): Promise<DeliveryTestKit> {
    const { app, db, signingKey } = await ServiceTestKit.boot(AppModule.forRoot(ServiceTestKit.testEnv(env)), 'delivery-tracking');
    return new DeliveryTestKit(app, db, 'delivery-tracking', signingKey);
  }

  /** Starts the app with a marketplace and two couriers (the second to prove a courier sees only its own parcels). */
  static async startWithPartners(env: Record<string, string> = {}): Promise<{ kit: DeliveryTestKit; marketplace: TestPartner; courier: TestPartner; otherCourier: TestPartner }> {
    const kit = await DeliveryTestKit.start(env);
    const marketplace = await kit.registerPartner('MARKETPLACE');
    const courier = await kit.registerPartner('COURIER');
    const otherCourier = await kit.registerPartner('COURIER');
    return { kit, marketplace, courier, otherCourier };
  }

  /** Copies an order of `marketplaceId` into delivery tracking, as the `orders.order-placed` consumer would (placed an hour ago unless said). */
  async seedOrder(marketplaceId: string, overrides: Partial<OrderCopyRecord> = {}): Promise<SeededOrder> {
    const suffix = randomUUID().replace(/-/g, '').toUpperCase();
    const order: OrderCopyRecord = {
      orderId: randomUUID(),
      marketplaceId,
      code: `TC-${suffix.slice(0, 4)}-${suffix.slice(4, 8)}`,
      paymentMethod: 'PREPAID',
      totalAmount: 1_000_000n,
      placedAt: new Date(this.now().getTime() - 3_600_000),
      ...overrides,
    };
    await this.tx((m) => m.insert(OrderCopyRecord, order));
    return { orderId: order.orderId, code: order.code };
  }

  /** A tracking number no one has used. */
  trackingNumber(prefix = 'TRK'): string {
    return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
  }

  /** Registers a shipment over the marketplace API (`POST /v1/shipments`). */
  registerShipment(
    marketplace: TestPartner,
    body: { orderId: string; courier: string; trackingNumber: string; direction?: ShipmentDirection; expectedDeliveryAt?: string },
  ): Promise<TestResponse> {
    return this.call('POST', '/v1/shipments', marketplace.apiKey, { direction: 'OUTBOUND', ...body });
  }

  /** Sends one courier event in the generic format (`POST /v1/couriers/{courierId}/events`, signed). */
  courierEvent(courier: TestPartner, body: Record<string, unknown>, opts: { signWith?: string } = {}): Promise<TestResponse> {
    return this.signedPost(courier, `/v1/couriers/${courier.id}/events`, body, opts);
  }

  shipment(courierId: string, trackingNumber: string): Promise<ShipmentRecord> {
    return this.db.manager.findOneByOrFail(ShipmentRecord, { courierId, trackingNumber });
  }

  /** A shipment's checkpoints in timeline order (by when they happened, then by arrival). */
  timeline(shipmentId: string): Promise<CheckpointRecord[]> {
    return this.db.manager.find(CheckpointRecord, { where: { shipmentId }, order: { occurredAt: 'ASC', receivedAt: 'ASC' } });
  }

  /** How many checkpoints exist for a tracking number (any courier). */
  async checkpointCount(trackingNumber: string): Promise<number> {
    const [{ n }] = (await this.db.query(
      `SELECT count(*)::int AS "n" FROM "delivery"."checkpoints" c JOIN "delivery"."shipments" s ON s."id" = c."shipment_id" WHERE s."tracking_number" = $1`,
      [trackingNumber],
    )) as Array<{ n: number }>;
    return n;
  }
}
