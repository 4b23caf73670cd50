import { Injectable } from '@nestjs/common';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { ledgerAccountCode } from '../../../ledger/domain/ledger-account';
import { clawbackRecoveryTransaction } from '../../../ledger/domain/clawback-movements';

/**
 * Recovers a seller's outstanding claw-backs from a payout: min(outstanding, payout) moves from the escrow's seller
 * payable to the seller's receivable (DEBIT SELLER_PAYABLE / CREDIT SELLER_RECEIVABLE), and the payout is reduced
 * by it. The receivable's row is locked first, so two payouts of one seller never recover the same debt twice.
 */
@Injectable()
export class ClawbackRecovery {
  constructor(private readonly ledger: LedgerService) {}

  /** Answers the amount recovered from this payout (the same on a repeat of `causeKey`). */
  async recover(m: EntityManager, escrow: EscrowRecord, payout: Vnd, causeKey: string): Promise<Vnd> {
    const tx = (amount: Vnd) =>
      clawbackRecoveryTransaction({ escrowId: escrow.id, orderId: escrow.orderId, causeId: causeKey, marketplaceId: escrow.marketplaceId, sellerId: escrow.sellerId, amount });
    const earlier = await this.recoveredBefore(m, tx(1n).idempotencyKey);
    if (earlier !== null) return earlier;
    const ref = { type: 'SELLER_RECEIVABLE', marketplaceId: escrow.marketplaceId, sellerId: escrow.sellerId } as const;
    const [locked] = (await m.query(`SELECT "id" FROM "escrow"."ledger_accounts" WHERE "code" = $1 FOR UPDATE`, [ledgerAccountCode(ref)])) as unknown[];
    if (!locked) return 0n;
    const outstanding = (await this.ledger.balancesOf(ref, m))?.posted ?? 0n;
    const recovered = outstanding < payout ? outstanding : payout;
    if (recovered <= 0n) return 0n;
    await this.ledger.post(m, tx(recovered));
    return recovered;
  }

  private async recoveredBefore(m: EntityManager, idempotencyKey: string): Promise<Vnd | null> {
    const [row] = (await m.query(
      `SELECT sum(e."amount") FILTER (WHERE e."side" = 'DEBIT')::text AS "amount" FROM "escrow"."ledger_transactions" t
         JOIN "escrow"."ledger_entries" e ON e."transaction_id" = t."id" WHERE t."idempotency_key" = $1 GROUP BY t."id"`,
      [idempotencyKey],
    )) as Array<{ amount: string }>;
    return row ? toVnd(row.amount) : null;
  }
}
