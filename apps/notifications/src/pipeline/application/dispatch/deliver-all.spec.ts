import type { EntityManager } from 'typeorm';
import type { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { deliverAll } from './deliver-all';
import type { DeliveryAttempt, DeliveryOutcome } from './deliver-notification';

const row = (id: string): NotificationRecord => ({ id }) as NotificationRecord;
const sent: DeliveryAttempt = { tries: [], unsendable: null };

/** A data source whose transactions log what they hold; a savepoint is the same manager's nested transaction. */
function fakeDataSource(options: { failCommit?: boolean } = {}) {
  const transactions: string[][] = [];
  const dataSource = {
    async transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
      const recorded: string[] = [];
      const m = {
        transaction: async <R>(inner: (sp: EntityManager) => Promise<R>): Promise<R> => inner({ recorded } as unknown as EntityManager),
      } as unknown as EntityManager;
      const result = await work(m);
      transactions.push(recorded);
      if (options.failCommit) throw new Error('commit failed');
      return result;
    },
  };
  return { dataSource, transactions };
}

function deliverer(attempt: (n: NotificationRecord) => Promise<DeliveryAttempt>, record?: (n: NotificationRecord) => DeliveryOutcome) {
  return {
    attempt,
    async record(m: EntityManager, n: NotificationRecord): Promise<DeliveryOutcome> {
      const outcome = record ? record(n) : 'sent';
      (m as unknown as { recorded: string[] }).recorded.push(n.id);
      return outcome;
    },
  };
}

describe('deliverAll', () => {
  it('records the outcomes of messages sent together in one transaction, answering each in order', async () => {
    const { dataSource, transactions } = fakeDataSource();
    const out = await deliverAll([row('a'), row('b'), row('c')], deliverer(async () => sent, (n) => (n.id === 'b' ? 'retrying' : 'sent')), dataSource);
    expect(out).toEqual([
      { status: 'fulfilled', value: 'sent' },
      { status: 'fulfilled', value: 'retrying' },
      { status: 'fulfilled', value: 'sent' },
    ]);
    expect(transactions).toEqual([['a', 'b', 'c']]);
  });

  it('records a slow send later, without holding up the others', async () => {
    const { dataSource, transactions } = fakeDataSource();
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const done = deliverAll(
      [row('fast1'), row('slow'), row('fast2')],
      deliverer(async (n) => {
        if (n.id === 'slow') await slow;
        return sent;
      }),
      dataSource,
    );
    await new Promise((r) => setImmediate(r));
    expect(transactions).toEqual([['fast1', 'fast2']]);
    release();
    await done;
    expect(transactions).toEqual([['fast1', 'fast2'], ['slow']]);
  });

  it('a record that throws fails alone; a send that throws is not recorded', async () => {
    const { dataSource, transactions } = fakeDataSource();
    const out = await deliverAll(
      [row('a'), row('bad-record'), row('bad-send'), row('d')],
      {
        async attempt(n) {
          if (n.id === 'bad-send') throw new Error('provider client crashed');
          return sent;
        },
        async record(m, n) {
          if (n.id === 'bad-record') throw new Error('constraint');
          (m as unknown as { recorded: string[] }).recorded.push(n.id);
          return 'sent';
        },
      },
      dataSource,
    );
    expect(out.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(transactions.flat()).toEqual(['a', 'd']);
  });

  it('when the shared commit fails, every message in it is answered as failed', async () => {
    const { dataSource } = fakeDataSource({ failCommit: true });
    const out = await deliverAll([row('a'), row('b')], deliverer(async () => sent), dataSource);
    expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });

  it('answers at once when nothing was claimed', async () => {
    const { dataSource, transactions } = fakeDataSource();
    await expect(deliverAll([], deliverer(async () => sent), dataSource)).resolves.toEqual([]);
    expect(transactions).toEqual([]);
  });
});
