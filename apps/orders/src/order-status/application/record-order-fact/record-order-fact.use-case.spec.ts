import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { OrderStatus } from '@trustcircle/contracts';
import { ManualClock } from '@trustcircle/kernel';
import type { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { OrderRecord } from '../../../orders/infrastructure/order.orm-entity';
import type { OrderFactKind } from '../../domain/order-fact-kind';
import { OrderFactRecord } from '../../infrastructure/order-fact.orm-entity';
import { type RecordOrderFactCommand, RecordOrderFactUseCase } from './record-order-fact.use-case';

/** An in-memory stand-in for the transaction's manager: the orders row and the facts table. */
class FakeManager {
  orders = new Map<string, { id: string; code: string; marketplaceId: string; status: OrderStatus; updatedAt: Date }>();
  facts: OrderFactRecord[] = [];
  locks: string[] = [];

  findOne = jest.fn(async (_entity: unknown, options: { where: { id: string }; lock?: { mode: string } }) => {
    if (options.lock) this.locks.push(options.lock.mode);
    const order = this.orders.get(options.where.id);
    return order ? { ...order } : null;
  });

  find = jest.fn(async (_entity: unknown, options: { where: { orderId: string } }) => this.facts.filter((f) => f.orderId === options.where.orderId).map((f) => ({ ...f })));

  update = jest.fn(async (entity: unknown, where: { id: string }, values: Record<string, unknown>) => {
    if (entity === OrderRecord) Object.assign(this.orders.get(where.id) ?? {}, values);
    if (entity === OrderFactRecord) Object.assign(this.facts.find((f) => f.id === where.id) ?? {}, values);
  });

  createQueryBuilder(): unknown {
    let row: OrderFactRecord;
    const qb = {
      insert: () => qb,
      into: () => qb,
      values: (v: OrderFactRecord) => ((row = v), qb),
      orIgnore: () => qb,
      returning: () => qb,
      execute: async () => {
        if (this.facts.some((f) => f.causeEventId === row.causeEventId)) return { raw: [] };
        this.facts.push({ ...row });
        return { raw: [{ id: row.id }] };
      },
    };
    return qb;
  }
}

function setup() {
  const manager = new FakeManager();
  const recorded: Array<{ type: string; data: Record<string, unknown> }> = [];
  const outbox = { record: jest.fn(async (_m: unknown, type: string, data: Record<string, unknown>) => void recorded.push({ type, data })) } as unknown as OutboxWriter;
  const clock = new ManualClock('2026-11-28T10:00:00.000Z');
  const useCase = new RecordOrderFactUseCase(outbox, clock);
  const orderId = randomUUID();
  manager.orders.set(orderId, { id: orderId, code: 'TC-7KQ4-M2XD', marketplaceId: randomUUID(), status: 'PLACED', updatedAt: new Date(0) });
  const run = (command: RecordOrderFactCommand) => useCase.execute(manager as unknown as EntityManager, command);
  return { manager, recorded, clock, orderId, run };
}

function fact(orderId: string, kind: OrderFactKind, occurredAt = '2026-11-28T09:00:00.000Z', causeEventId = randomUUID()): RecordOrderFactCommand {
  return { orderId, kind, occurredAt, detail: {}, causeEventId, causeEventType: 'escrow.escrow-funded' };
}

describe('RecordOrderFactUseCase', () => {
  it('records the fact, locks the order, and emits one status change with the previous status, the cause and sequence 2', async () => {
    const { manager, recorded, orderId, run } = setup();
    const cause = fact(orderId, 'ESCROW_FUNDED', '2026-11-28T09:30:00.000Z');
    await expect(run(cause)).resolves.toEqual({ outcome: 'recorded', status: 'FUNDED', changed: true, previousStatus: 'PLACED', sequence: 2 });
    expect(manager.locks).toEqual(['pessimistic_write']);
    expect(manager.facts).toHaveLength(1);
    expect(manager.facts[0]).toMatchObject({ kind: 'ESCROW_FUNDED', causeEventId: cause.causeEventId, statusAfter: 'FUNDED', statusSequence: 2 });
    expect(manager.facts[0].occurredAt.toISOString()).toBe('2026-11-28T09:30:00.000Z');
    expect(manager.orders.get(orderId)).toMatchObject({ status: 'FUNDED', updatedAt: new Date('2026-11-28T10:00:00.000Z') });
    expect(recorded).toEqual([
      {
        type: 'orders.order-status-changed',
        data: {
          orderId,
          code: 'TC-7KQ4-M2XD',
          marketplaceId: manager.orders.get(orderId)?.marketplaceId,
          status: 'FUNDED',
          previousStatus: 'PLACED',
          causeEventId: cause.causeEventId,
          causeEventType: 'escrow.escrow-funded',
          sequence: 2,
          changedAt: '2026-11-28T09:30:00.000Z',
        },
      },
    ]);
  });

  it('records a fact that does not change the status without emitting anything', async () => {
    const { manager, recorded, orderId, run } = setup();
    await run(fact(orderId, 'OUTBOUND_PICKED_UP'));
    await expect(run(fact(orderId, 'ESCROW_FUNDED'))).resolves.toEqual({ outcome: 'recorded', status: 'PICKED_UP', changed: false });
    expect(manager.facts.map((f) => [f.kind, f.statusAfter])).toEqual([
      ['OUTBOUND_PICKED_UP', 'PICKED_UP'],
      ['ESCROW_FUNDED', null],
    ]);
    expect(recorded).toHaveLength(1);
    expect(manager.update).toHaveBeenCalledTimes(2); // the first fact's row and the order, once
  });

  it('records the same cause event once: a repeat changes nothing', async () => {
    const { manager, recorded, orderId, run } = setup();
    const cause = fact(orderId, 'ESCROW_FUNDED');
    await run(cause);
    await expect(run(cause)).resolves.toEqual({ outcome: 'duplicate' });
    expect(manager.facts).toHaveLength(1);
    expect(recorded).toHaveLength(1);
  });

  it('numbers each change from the previous one, whatever order the facts came in', async () => {
    const { recorded, orderId, run } = setup();
    for (const kind of ['OUTBOUND_DELIVERED', 'ESCROW_FUNDED', 'OUTBOUND_PICKED_UP', 'ESCROW_RELEASED', 'INSPECTION_ENDED'] as const) await run(fact(orderId, kind));
    expect(recorded.map((r) => [r.data.previousStatus, r.data.status, r.data.sequence])).toEqual([
      ['PLACED', 'DELIVERED', 2],
      ['DELIVERED', 'RELEASED', 3],
    ]);
  });

  it('ignores a fact about an unknown order with a warning naming ids only, and does not throw', async () => {
    const { manager, recorded, run } = setup();
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const stray = fact(randomUUID(), 'ESCROW_FUNDED');
    await expect(run(stray)).resolves.toEqual({ outcome: 'unknown-order' });
    expect(manager.facts).toHaveLength(0);
    expect(recorded).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(stray.orderId));
    warn.mockRestore();
  });
});
