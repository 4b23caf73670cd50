import type { HoldReleaseReason } from '@trustcircle/contracts';
import type { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';

/** Records `escrow.hold-released` for the dispute whose hold on `escrow` ended. */
export async function recordHoldReleased(
  outbox: OutboxWriter,
  m: EntityManager,
  escrow: EscrowRecord,
  hold: { disputeId: string; reason: HoldReleaseReason; inspectionEndsAt: Date | null; at: Date },
): Promise<void> {
  await outbox.record(m, 'escrow.hold-released', {
    orderId: escrow.orderId,
    disputeId: hold.disputeId,
    escrowId: escrow.id,
    reason: hold.reason,
    inspectionEndsAt: hold.inspectionEndsAt?.toISOString() ?? null,
    releasedAt: hold.at.toISOString(),
  });
}
