import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PayoutAccountVault } from '../../../payout-accounts/application/payout-account-vault';
import type { PayoutAccountDetails } from '../../../payout-accounts/domain/payout-account-details';
import { instructionDetailsAad, InstructionRecord, type InstructionStatus } from '../../infrastructure/instruction.orm-entity';
import { encodeInstructionCursor, type InstructionCursor } from './instruction-cursor';

/** The statuses a partner can list (an instruction waiting for an account is not the partner's yet). */
export const PARTNER_VISIBLE_STATUSES = ['PENDING', 'SETTLED', 'FAILED', 'ESCALATED'] as const satisfies readonly InstructionStatus[];
export type PartnerVisibleStatus = (typeof PARTNER_VISIBLE_STATUSES)[number];

/** One instruction as its partner sees it: a PENDING payout (or cash-on-delivery refund) with the account details opened. */
export interface PartnerInstruction {
  instruction: InstructionRecord;
  details: PayoutAccountDetails | null;
}

/**
 * A payment partner's instructions, oldest issued first, keyset-paginated on (issued_at, id). The full account
 * details of a payout, or of the buyer's destination of a cash-on-delivery refund, are opened only while it is
 * PENDING (the only time the partner acts on them), and only for that instruction's partner.
 */
@Injectable()
export class ListPartnerInstructionsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: PayoutAccountVault,
  ) {}

  async execute(q: { partnerId: string; statuses: readonly PartnerVisibleStatus[]; after?: InstructionCursor; limit: number }): Promise<{ items: PartnerInstruction[]; nextCursor: string | null }> {
    const qb = this.dataSource.manager
      .createQueryBuilder(InstructionRecord, 'i')
      .where('i.partnerId = :partnerId', { partnerId: q.partnerId })
      .andWhere('i.status IN (:...statuses)', { statuses: [...q.statuses] })
      .orderBy('i.issuedAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .take(q.limit + 1);
    if (q.after) qb.andWhere('(i.issuedAt, i.id) > (:afterAt, :afterId)', { afterAt: q.after.issuedAt, afterId: q.after.id });
    const rows = await qb.getMany();
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((instruction) => ({ instruction, details: this.detailsOf(instruction) })),
      nextCursor: rows.length > q.limit && last ? encodeInstructionCursor({ issuedAt: last.issuedAt, id: last.id }) : null,
    };
  }

  private detailsOf(i: InstructionRecord): PayoutAccountDetails | null {
    if (i.status !== 'PENDING' || !i.payoutDetailsSealed || !i.keyId) return null;
    return this.vault.open({ ciphertext: i.payoutDetailsSealed, keyId: i.keyId }, instructionDetailsAad(i.id));
  }
}
