import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationChannel, OrderStatus } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd, VN_TIME_ZONE, vndToWire } from '@trustcircle/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, vnDay } from '../../../read-model/domain/vn-calendar';
import { ServiceHealthMonitor } from '../../../service-health/application/service-health-monitor';
import { DUE_SOON_MS, disputeDeadlineItem, type OpenDisputeRow } from '../../domain/dispute-deadlines';
import { heldByAge } from '../../domain/held-by-age';
import { minuteSeries } from '../../domain/minute-series';
import type { MoneyFigures, NotificationFigures, OverviewSnapshot } from '../../domain/overview-snapshot';
import { rate } from '../../domain/rates';
import { RECENT_ORDERS_CLOCK_SKEW_MS, RECENT_ORDERS_LIMIT, recentOrder, type RecentOrderRow } from '../../domain/recent-orders';

/** Minutes of the orders-per-minute chart. */
export const ORDER_WINDOW_MINUTES = 60;
/** Days of the daily figures (money, couriers, notifications), today included. */
export const DAYS = 7;
const LIST_LIMIT = 10;
const COURIER_LIMIT = 50;

const money = (v: string | number | bigint) => vndToWire(toVnd(v));

/**
 * The whole live overview at one instant, from the read model (one repeatable-read transaction, so its parts
 * agree) and the latest service health. Days are Vietnamese days; "now" is the app clock's.
 */
@Injectable()
export class OverviewSnapshotQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly health: ServiceHealthMonitor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<OverviewSnapshot> {
    const now = this.clock.now();
    const today = vnDay(now);
    const from = addDays(today, -(DAYS - 1));
    const read = await this.dataSource.transaction('REPEATABLE READ', async (m) => ({
      orders: await this.orders(m, now),
      money: await this.money(m, now, today, from),
      disputes: await this.disputes(m, now),
      couriers: await this.couriers(m, today, from),
      cod: await this.cod(m),
      notifications: await this.notifications(m, today, from),
      recentOrders: await this.recentOrders(m, now),
    }));
    const { recentOrders, ...parts } = read;
    return { generatedAt: now.toISOString(), timeZone: VN_TIME_ZONE, today, ...parts, services: this.health.current(), recentOrders };
  }

  private async orders(m: EntityManager, now: Date): Promise<OverviewSnapshot['orders']> {
    const since = new Date(Math.floor(now.getTime() / 60_000) * 60_000 - (ORDER_WINDOW_MINUTES - 1) * 60_000);
    const rows = (await m.query(`SELECT "minute", "status", "orders" FROM "console"."rm_status_minutes" WHERE "minute" >= $1 AND "minute" <= $2`, [since, now])) as Array<{
      minute: Date;
      status: OrderStatus;
      orders: number;
    }>;
    const { perMinute, totals } = minuteSeries(rows, now, ORDER_WINDOW_MINUTES);
    return { windowMinutes: ORDER_WINDOW_MINUTES, perMinute, lastHour: totals };
  }

  private async money(m: EntityManager, now: Date, today: string, from: string): Promise<OverviewSnapshot['money']> {
    const rows = (await m.query(`SELECT "day"::text AS "day", "held"::text, "released"::text, "refunded"::text FROM "console"."rm_money_days" WHERE "day" BETWEEN $1 AND $2`, [
      from,
      today,
    ])) as Array<{ day: string; held: string; released: string; refunded: string }>;
    const byDay = new Map(rows.map((r) => [r.day, { held: money(r.held), released: money(r.released), refunded: money(r.refunded) }]));
    const zero: MoneyFigures = { held: 0, released: 0, refunded: 0 };
    const days = Array.from({ length: DAYS }, (_, i) => addDays(from, i)).map((day) => ({ day, ...(byDay.get(day) ?? zero) }));
    const held = (await m.query(
      `SELECT floor(extract(epoch FROM ($1::timestamptz - COALESCE("held_since", "updated_at"))) / 86400)::int AS "ageDays", sum("held_amount")::text AS "amount", count(*)::int AS "escrows"
       FROM "console"."rm_orders" WHERE "held_amount" > 0 GROUP BY 1`,
      [now],
    )) as Array<{ ageDays: number; amount: string; escrows: number }>;
    return { today: byDay.get(today) ?? zero, days, held: heldByAge(held.map((r) => ({ ageDays: r.ageDays, amount: toVnd(r.amount), escrows: r.escrows }))) };
  }

  private async disputes(m: EntityManager, now: Date): Promise<OverviewSnapshot['disputes']> {
    const soon = new Date(now.getTime() + DUE_SOON_MS);
    const [counts] = (await m.query(
      `SELECT count(*)::int AS "open", count(*) FILTER (WHERE "due_at" <= $1)::int AS "overdue", count(*) FILTER (WHERE "due_at" > $1 AND "due_at" <= $2)::int AS "dueWithin24h",
         count(*) FILTER (WHERE "due_at" > $2)::int AS "dueLater", count(*) FILTER (WHERE "due_at" IS NULL)::int AS "withoutDeadline"
       FROM "console"."rm_disputes" WHERE "closed_at" IS NULL`,
      [now, soon],
    )) as Array<Omit<OverviewSnapshot['disputes'], 'mostOverdue' | 'next'>>;
    const list = async (where: string, order: string) =>
      (
        (await m.query(
          `SELECT d."dispute_id" AS "disputeId", d."order_id" AS "orderId", o."code" AS "orderCode", d."stage", d."deadline_kind" AS "deadlineKind", d."due_at" AS "dueAt", d."priority"
           FROM "console"."rm_disputes" d LEFT JOIN "console"."rm_orders" o ON o."order_id" = d."order_id"
           WHERE d."closed_at" IS NULL AND ${where} ORDER BY d."due_at" ${order}, d."dispute_id" LIMIT ${LIST_LIMIT}`,
          [now],
        )) as OpenDisputeRow[]
      ).map((r) => disputeDeadlineItem(r, now));
    return { ...counts, mostOverdue: await list(`d."due_at" <= $1`, 'ASC'), next: await list(`d."due_at" > $1`, 'ASC') };
  }

  private async couriers(m: EntityManager, today: string, from: string): Promise<OverviewSnapshot['couriers']> {
    const rows = (await m.query(
      `SELECT c."courier_id" AS "courierId", p."name", sum(c."events")::int AS "events", sum(c."exceptions")::int AS "exceptions",
         COALESCE(sum(c."events") FILTER (WHERE c."day" = $2), 0)::int AS "eventsToday", COALESCE(sum(c."exceptions") FILTER (WHERE c."day" = $2), 0)::int AS "exceptionsToday"
       FROM "console"."rm_courier_days" c LEFT JOIN "console"."partners" p ON p."id" = c."courier_id"
       WHERE c."day" BETWEEN $1 AND $2 GROUP BY c."courier_id", p."name"
       ORDER BY sum(c."exceptions")::float / sum(c."events") DESC, sum(c."events") DESC, c."courier_id" LIMIT ${COURIER_LIMIT}`,
      [from, today],
    )) as Array<{ courierId: string; name: string | null; events: number; exceptions: number; eventsToday: number; exceptionsToday: number }>;
    return rows.map((r) => ({
      courierId: r.courierId,
      name: r.name,
      today: { events: r.eventsToday, exceptions: r.exceptionsToday },
      last7Days: { events: r.events, exceptions: r.exceptions, exceptionRate: rate(r.exceptions, r.events) },
    }));
  }

  /**
   * Unremitted COD: the totals cover every courier; the list, the oldest unremitted cash first, stops at
   * {@link COURIER_LIMIT} couriers (window sums are taken before the limit).
   */
  private async cod(m: EntityManager): Promise<OverviewSnapshot['cod']> {
    const rows = (await m.query(
      `WITH "owed" AS (
         SELECT o."courier_id" AS "courierId", p."name", sum(COALESCE(o."cod_collected", o."total_amount", 0) - o."cod_remitted") AS "amount", count(*)::int AS "parcels",
           min(o."delivered_at") AS "oldest"
         FROM "console"."rm_orders" o LEFT JOIN "console"."partners" p ON p."id" = o."courier_id"
         WHERE o."delivered_at" IS NOT NULL AND (o."payment_method" = 'COD' OR o."cod_collected" IS NOT NULL) AND COALESCE(o."cod_collected", o."total_amount", 0) > o."cod_remitted"
         GROUP BY o."courier_id", p."name")
       SELECT "courierId", "name", "amount"::text AS "amount", "parcels", "oldest", (sum("amount") OVER ())::text AS "totalAmount", (sum("parcels") OVER ())::int AS "totalParcels"
       FROM "owed" ORDER BY "oldest", "courierId" LIMIT ${COURIER_LIMIT}`,
    )) as Array<{ courierId: string | null; name: string | null; amount: string; parcels: number; oldest: Date; totalAmount: string; totalParcels: number }>;
    return {
      unremittedAmount: money(rows[0]?.totalAmount ?? 0),
      parcels: rows[0]?.totalParcels ?? 0,
      byCourier: rows.map((r) => ({ courierId: r.courierId, name: r.name, unremittedAmount: money(r.amount), parcels: r.parcels, oldestDeliveredAt: r.oldest.toISOString() })),
    };
  }

  /**
   * The newest placed orders (a row whose placement was not consumed yet has no code: not listed). An order dated
   * more than a few minutes ahead of the console's clock is a clock error upstream, not the newest order: it would
   * otherwise sit on top of the list until its date came, hiding the orders really arriving.
   */
  private async recentOrders(m: EntityManager, now: Date): Promise<OverviewSnapshot['recentOrders']> {
    const rows = (await m.query(
      `SELECT "order_id" AS "orderId", "code", "marketplace_id" AS "marketplaceId", "status", "total_amount"::text AS "totalAmount", "payment_method" AS "paymentMethod",
         "placed_at" AS "placedAt"
       FROM "console"."rm_orders" WHERE "placed_at" IS NOT NULL AND "code" IS NOT NULL AND "placed_at" <= $1
       ORDER BY "placed_at" DESC, "order_id" DESC LIMIT ${RECENT_ORDERS_LIMIT}`,
      [new Date(now.getTime() + RECENT_ORDERS_CLOCK_SKEW_MS)],
    )) as RecentOrderRow[];
    return rows.map(recentOrder);
  }

  private async notifications(m: EntityManager, today: string, from: string): Promise<OverviewSnapshot['notifications']> {
    const rows = (await m.query(
      `SELECT "channel", (sum("sent") FILTER (WHERE "day" = $2))::int AS "sentToday", (sum("failed") FILTER (WHERE "day" = $2))::int AS "failedToday",
         (sum("retried") FILTER (WHERE "day" = $2))::int AS "retriedToday", sum("sent")::int AS "sent", sum("failed")::int AS "failed", sum("retried")::int AS "retried"
       FROM "console"."rm_notification_days" WHERE "day" BETWEEN $1 AND $2 GROUP BY "channel" ORDER BY "channel"`,
      [from, today],
    )) as Array<{ channel: NotificationChannel; sentToday: number | null; failedToday: number | null; retriedToday: number | null; sent: number; failed: number; retried: number }>;
    const figures = (channel: NotificationChannel, sent: number, failed: number, retried: number): NotificationFigures => ({ channel, sent, failed, retried, successRate: rate(sent, sent + failed) });
    return {
      today: rows.filter((r) => r.sentToday !== null).map((r) => figures(r.channel, r.sentToday ?? 0, r.failedToday ?? 0, r.retriedToday ?? 0)),
      last7Days: rows.map((r) => figures(r.channel, r.sent, r.failed, r.retried)),
    };
  }
}
