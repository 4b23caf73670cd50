import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { InstructionKind } from '@trustcircle/contracts';
import { toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { PaymentCapacity } from '../../domain/payment-allocation';
import { InstructionRecord } from '../../infrastructure/instruction.orm-entity';

/** An instruction to insert: everything but the bookkeeping columns. */
export type InstructionDraft = Pick<
  InstructionRecord,
  'kind' | 'status' | 'causeKey' | 'issueKey' | 'escrowId' | 'orderId' | 'marketplaceId' | 'sellerId' | 'partnerId' | 'paymentId' | 'originalPartnerTxnId' | 'amount' | 'reason' | 'beneficiary'
> &
  Partial<Pick<InstructionRecord, 'id' | 'payoutDetailsSealed' | 'keyId'>>;

/** Reads and writes instructions in the caller's transaction. */
@Injectable()
export class InstructionStore {
  /** A new instruction id (known before the insert: the sealed payout details are bound to it). */
  newId(): string {
    return randomUUID();
  }

  /** Whether anything was issued under `issueKey` already (an issue is all-or-nothing, in one transaction). */
  async anyIssued(m: EntityManager, issueKey: string): Promise<boolean> {
    return (await m.count(InstructionRecord, { where: { issueKey } })) > 0;
  }

  /** Inserts the instruction unless its cause key exists; answers the inserted record, or null for a repeat. */
  async insert(m: EntityManager, draft: InstructionDraft, now: Date): Promise<InstructionRecord | null> {
    const record = m.create(InstructionRecord, {
      payoutDetailsSealed: null,
      keyId: null,
      ...draft,
      id: draft.id ?? randomUUID(),
      currency: 'VND',
      attempt: 1,
      nextAttemptAt: null,
      lastFailureReason: null,
      partnerReference: null,
      settledAt: null,
      settlementRecordedAt: null,
      issuedAt: now,
      updatedAt: now,
    });
    const inserted = await m.createQueryBuilder().insert().into(InstructionRecord).values(record).orIgnore().returning(['id']).execute();
    return (inserted.raw as unknown[]).length === 0 ? null : record;
  }

  /**
   * The escrow's payments, oldest received first, each with what is left of it: its amount minus every refund
   * instruction already issued against it (whatever became of the instruction: it is never lost).
   */
  async paymentCapacities(m: EntityManager, escrowId: string): Promise<PaymentCapacity[]> {
    const rows = (await m.query(
      `SELECT p."id", p."partner_id", p."partner_txn_id", (p."amount" - coalesce(r."refunded", 0))::text AS "capacity"
         FROM "escrow"."payments" p
         LEFT JOIN (SELECT "payment_id", sum("amount") AS "refunded" FROM "escrow"."instructions" WHERE "kind" = 'REFUND' AND "payment_id" IS NOT NULL GROUP BY "payment_id") r
           ON r."payment_id" = p."id"
        WHERE p."escrow_id" = $1
        ORDER BY p."received_at", p."id"`,
      [escrowId],
    )) as Array<{ id: string; partner_id: string; partner_txn_id: string; capacity: string }>;
    return rows.map((r) => {
      const capacity = toVnd(r.capacity);
      return { paymentId: r.id, partnerId: r.partner_id, partnerTxnId: r.partner_txn_id, capacity: capacity > 0n ? capacity : 0n };
    });
  }

  /** Whether the escrow already has an instruction of `kind` waiting for an account, other than those of `issueKey`. */
  async otherAwaitingAccount(m: EntityManager, escrowId: string, kind: InstructionKind, issueKey: string): Promise<boolean> {
    const [row] = (await m.query(
      `SELECT 1 FROM "escrow"."instructions" WHERE "escrow_id" = $1 AND "kind" = $2 AND "status" = 'AWAITING_ACCOUNT' AND "issue_key" <> $3 LIMIT 1`,
      [escrowId, kind, issueKey],
    )) as unknown[];
    return row !== undefined;
  }

  /** The instruction locked for the rest of the transaction. */
  lock(m: EntityManager, id: string): Promise<InstructionRecord | null> {
    return m.findOne(InstructionRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Applies `patch` to the instruction (record and row). */
  async patch(m: EntityManager, instruction: InstructionRecord, patch: Partial<InstructionRecord>, now: Date): Promise<void> {
    Object.assign(instruction, patch, { updatedAt: now });
    await m.update(InstructionRecord, { id: instruction.id }, { ...patch, updatedAt: now });
  }
}
