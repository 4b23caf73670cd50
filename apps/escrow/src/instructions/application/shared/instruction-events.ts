import { Injectable } from '@nestjs/common';
import { vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { InstructionRecord } from '../../infrastructure/instruction.orm-entity';

/** Records the `escrow.*-instruction-issued` event of an instruction that became PENDING (the beneficiary masked). */
@Injectable()
export class InstructionEvents {
  constructor(private readonly outbox: OutboxWriter) {}

  async issued(m: EntityManager, i: InstructionRecord): Promise<void> {
    if (i.kind === 'PAYOUT') {
      await this.outbox.record(m, 'escrow.payout-instruction-issued', {
        instructionId: i.id,
        kind: 'PAYOUT',
        orderId: i.orderId as string,
        escrowId: i.escrowId as string,
        marketplaceId: i.marketplaceId as string,
        partnerId: i.partnerId,
        amount: vndToWire(i.amount),
        currency: i.currency,
        beneficiary: i.beneficiary,
        issuedAt: i.issuedAt.toISOString(),
      });
      return;
    }
    await this.outbox.record(m, 'escrow.refund-instruction-issued', {
      instructionId: i.id,
      kind: 'REFUND',
      orderId: i.orderId,
      escrowId: i.escrowId,
      marketplaceId: i.marketplaceId,
      partnerId: i.partnerId,
      amount: vndToWire(i.amount),
      currency: i.currency,
      reason: i.reason ?? 'OPERATOR',
      originalPartnerTxnId: i.originalPartnerTxnId,
      beneficiary: i.beneficiary,
      issuedAt: i.issuedAt.toISOString(),
    });
  }
}
