/**
 * The steps the escrow conservation properties share (test-only code, never imported by the app): what can happen
 * to an order's escrow however it is funded (by the buyer's payment or by COD remittances) — holds, withdrawals and
 * dispute outcomes, cancellations, confirmations of receipt and time passing — with their fast-check arbitraries and
 * a runner that applies one through the real use cases, each in its own transaction as the consumer would.
 */
import fc from 'fast-check';
import type { EventOf } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { ApplyDisputeOutcomeUseCase } from '../escrow/application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { CancelEscrowUseCase } from '../escrow/application/cancel-escrow/cancel-escrow.use-case';
import { ConfirmReceiptUseCase } from '../escrow/application/confirm-receipt/confirm-receipt.use-case';
import { LiftHoldUseCase } from '../escrow/application/lift-hold/lift-hold.use-case';
import { PlaceHoldUseCase } from '../escrow/application/place-hold/place-hold.use-case';
import type { EscrowTestKit } from './escrow-test-kit';

const DAY = 86_400_000;

/** A step any escrow may take, whatever funds it. `dispute` picks one of the order's two dispute ids. */
export type LifecycleStep =
  | { kind: 'hold'; dispute: 0 | 1 }
  | { kind: 'withdraw'; dispute: 0 | 1 }
  | { kind: 'resolve'; dispute: 0 | 1; outcome: 'REFUND_FULL' | 'REFUND_PARTIAL' | 'RELEASE_TO_SELLER' | 'RETURN_AND_REFUND'; refund: number }
  | { kind: 'return-not-shipped'; dispute: 0 | 1 }
  | { kind: 'cancel' }
  | { kind: 'confirm' }
  | { kind: 'time'; days: number };

/** The order a lifecycle step acts on: its id, its code (to confirm receipt) and its two dispute ids. */
export interface LifecycleOrder {
  orderId: string;
  code: string;
  disputes: [string, string];
}

/**
 * The weighted arbitraries of the lifecycle steps, to spread into `fc.oneof` after a property's own steps:
 * refunds around the order's `total` (none, one dong, part, all, more than all), time moving by one of `days`.
 */
export function lifecycleStepArbitraries(opts: { total: number; days: number[] }): Array<fc.WeightedArbitrary<LifecycleStep>> {
  const dispute = fc.constantFrom<0 | 1>(0, 0, 0, 1);
  return [
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('hold' as const), dispute }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), dispute }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('resolve' as const),
        dispute,
        outcome: fc.constantFrom('REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND'),
        refund: fc.constantFrom(0, 1, 300_000, opts.total - 1, opts.total, 2 * opts.total),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('return-not-shipped' as const), dispute }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('confirm' as const) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('time' as const), days: fc.constantFrom(...opts.days) }) },
  ];
}

/** Plays one lifecycle step against the order's escrow, as the disputes or orders consumer, the buyer or the deadline sweep would. */
export async function playLifecycleStep(kit: EscrowTestKit, step: LifecycleStep, o: LifecycleOrder): Promise<void> {
  const tx = <T>(fn: (m: EntityManager) => Promise<T>): Promise<T> => kit.db.transaction(fn);
  switch (step.kind) {
    case 'hold':
      return tx((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId: o.orderId, disputeId: o.disputes[step.dispute] })));
    case 'withdraw':
      return tx((m) => kit.app.get(LiftHoldUseCase).execute(m, kit.event('disputes.dispute-withdrawn', { orderId: o.orderId, disputeId: o.disputes[step.dispute] })));
    case 'resolve': {
      const refundAmount = step.outcome === 'RELEASE_TO_SELLER' ? 0 : step.refund;
      const event: EventOf<'disputes.dispute-resolved'> = kit.event('disputes.dispute-resolved', { orderId: o.orderId, disputeId: o.disputes[step.dispute], outcome: step.outcome, refundAmount, moneyHeld: true });
      return tx((m) => kit.app.get(ApplyDisputeOutcomeUseCase).resolved(m, event));
    }
    case 'return-not-shipped':
      return tx((m) => kit.app.get(ApplyDisputeOutcomeUseCase).returnNotShipped(m, kit.event('disputes.return-deadline-passed', { orderId: o.orderId, disputeId: o.disputes[step.dispute] })));
    case 'cancel':
      return tx((m) => kit.app.get(CancelEscrowUseCase).execute(m, kit.event('orders.cancellation-requested', { orderId: o.orderId })));
    case 'confirm':
      await kit.app.get(ConfirmReceiptUseCase).execute(o.code, { orderId: o.orderId, orderCode: o.code });
      return;
    case 'time':
      return kit.advance(step.days * DAY);
  }
}
