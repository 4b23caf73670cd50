import type { EntityManager } from 'typeorm';
import type { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import type { DeliverNotification, DeliveryAttempt, DeliveryOutcome } from './deliver-notification';

/**
 * Sends claimed notifications at once and records their outcomes as they come in: whatever has been sent by the
 * time the previous recording committed goes in one transaction, each in a savepoint of its own, so a failure is
 * rolled back alone (its row stays claimed until its lease lapses) and a slow provider delays no one else's record.
 * Under load that is one commit for a batch of messages rather than one each. Answers each one's outcome, in order.
 */
export async function deliverAll(
  claimed: NotificationRecord[],
  deliver: Pick<DeliverNotification, 'attempt' | 'record'>,
  dataSource: { transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> },
): Promise<Array<PromiseSettledResult<DeliveryOutcome>>> {
  const results: Array<PromiseSettledResult<DeliveryOutcome>> = [];
  const ready: Array<{ i: number; attempt: DeliveryAttempt }> = [];
  let left = claimed.length;
  let wake: (() => void) | undefined;
  claimed.forEach((n, i) => {
    void deliver
      .attempt(n)
      .then(
        (attempt) => void ready.push({ i, attempt }),
        (reason: unknown) => {
          results[i] = { status: 'rejected', reason };
          left--;
        },
      )
      .finally(() => wake?.());
  });
  while (left > 0) {
    if (ready.length === 0) {
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const group = ready.splice(0);
    left -= group.length;
    try {
      await dataSource.transaction(async (m) => {
        for (const { i, attempt } of group) {
          try {
            results[i] = { status: 'fulfilled', value: await m.transaction((savepoint) => deliver.record(savepoint, claimed[i], attempt)) };
          } catch (reason) {
            results[i] = { status: 'rejected', reason };
          }
        }
      });
    } catch (reason) {
      for (const { i } of group) results[i] = { status: 'rejected', reason };
    }
  }
  return results;
}
