import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { PaymentRecord } from '../../../funding/infrastructure/payment.orm-entity';
import { type EscrowAmounts, EscrowAmountsReader } from '../shared/escrow-amounts.reader';

/** One line of the escrow's ledger: an entry with its transaction. */
export interface EscrowLedgerLine {
  entryId: string;
  transactionId: string;
  purpose: string;
  idempotencyKey: string;
  accountCode: string;
  accountType: string;
  side: 'DEBIT' | 'CREDIT';
  amount: Vnd;
  /** PENDING: money in flight (an instruction not settled yet); POSTED: final. */
  transactionStatus: 'PENDING' | 'POSTED';
  /** How a PENDING transaction was resolved (its POSTED copy follows), or null while in flight. */
  resolution: 'POSTED' | 'VOIDED' | null;
  postedAt: Date;
}

/** A partner instruction of the escrow (from `escrow.instructions`). */
export interface EscrowInstructionLine {
  id: string;
  kind: string;
  status: string;
  partnerId: string;
  amount: Vnd;
  reason: string | null;
  causeKey: string | null;
  issuedAt: Date | null;
  settledAt: Date | null;
}

/** Everything operators (and the escrow's marketplace) may see about one escrow. */
export interface EscrowView {
  escrow: EscrowRecord;
  amounts: EscrowAmounts;
  payments: PaymentRecord[];
  instructions: EscrowInstructionLine[];
  ledgerLines: EscrowLedgerLine[];
}

/** Who asks: a marketplace sees only its own escrows; an operator (no marketplace) sees all. */
export interface EscrowViewer {
  marketplaceId: string | null;
}

/**
 * The escrow of an order as operators see it: state, amounts (from its ledger accounts and payments), deadlines,
 * hold, delivery facts, payments, partner instructions and its ledger lines. Null when there is no such escrow or
 * the viewer is another marketplace.
 */
@Injectable()
export class GetEscrowViewQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly amounts: EscrowAmountsReader,
  ) {}

  async execute(viewer: EscrowViewer, orderId: string): Promise<EscrowView | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const escrow = await m.findOneBy(EscrowRecord, { orderId });
      if (!escrow || (viewer.marketplaceId !== null && escrow.marketplaceId !== viewer.marketplaceId)) return null;
      // One connection: the queries run one after the other.
      const amounts = await this.amounts.of(m, escrow);
      const payments = await m.find(PaymentRecord, { where: { escrowId: escrow.id }, order: { receivedAt: 'ASC', id: 'ASC' } });
      const instructions = await this.instructionsOf(m, escrow.id);
      const ledgerLines = await this.ledgerLinesOf(m, escrow.id);
      return { escrow, amounts, payments, instructions, ledgerLines };
    });
  }

  private async ledgerLinesOf(m: EntityManager, escrowId: string): Promise<EscrowLedgerLine[]> {
    const rows = (await m.query(
      `SELECT e."id", e."transaction_id", t."purpose", t."idempotency_key", t."status", r."resolution", a."code", a."type", e."side", e."amount"::text AS "amount", t."created_at"
         FROM "escrow"."ledger_entries" e
         JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id"
         JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
         LEFT JOIN "escrow"."ledger_pending_resolutions" r ON r."pending_transaction_id" = t."id"
        WHERE t."escrow_id" = $1 OR a."escrow_id" = $1
        ORDER BY t."created_at", t."id", e."side" DESC, a."code"`,
      [escrowId],
    )) as Array<{
      id: string;
      transaction_id: string;
      purpose: string;
      idempotency_key: string;
      status: 'PENDING' | 'POSTED';
      resolution: 'POSTED' | 'VOIDED' | null;
      code: string;
      type: string;
      side: 'DEBIT' | 'CREDIT';
      amount: string;
      created_at: Date;
    }>;
    return rows.map((r) => ({
      entryId: r.id,
      transactionId: r.transaction_id,
      purpose: r.purpose,
      idempotencyKey: r.idempotency_key,
      accountCode: r.code,
      accountType: r.type,
      side: r.side,
      amount: toVnd(r.amount),
      transactionStatus: r.status,
      resolution: r.resolution,
      postedAt: r.created_at,
    }));
  }

  /** The escrow's payout and refund instructions, oldest first. */
  private async instructionsOf(m: EntityManager, escrowId: string): Promise<EscrowInstructionLine[]> {
    const rows = (await m.query(`SELECT * FROM "escrow"."instructions" WHERE "escrow_id" = $1 ORDER BY "issued_at", "id"`, [escrowId])) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: String(r.id),
      kind: String(r.kind),
      status: String(r.status),
      partnerId: String(r.partner_id),
      amount: toVnd(String(r.amount)),
      reason: (r.reason as string | null | undefined) ?? null,
      causeKey: (r.cause_key as string | null | undefined) ?? null,
      issuedAt: (r.issued_at as Date | null | undefined) ?? null,
      settledAt: (r.settled_at as Date | null | undefined) ?? null,
    }));
  }
}
