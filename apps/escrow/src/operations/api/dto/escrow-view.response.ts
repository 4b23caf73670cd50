import { ApiProperty } from '@nestjs/swagger';
import type { EscrowState } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { EscrowView } from '../../application/get-escrow-view/get-escrow-view.query';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** `GET /v1/escrows/{orderId}`: one escrow as operators (and its marketplace) see it. Amounts in whole VND. */
export class EscrowViewResponse {
  @ApiProperty({ format: 'uuid' }) escrowId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderCode!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty() sellerId!: string;
  @ApiProperty() state!: EscrowState;
  @ApiProperty() paymentMethod!: string;
  @ApiProperty() currency!: 'VND';
  @ApiProperty() feeBps!: number;

  @ApiProperty({ description: 'expected, paid, heldNow, released (seller + fee), fee, refunded (incl. claw-backs), clawedBack, releasedToSeller, paidOut.' })
  amounts!: Record<string, number>;

  @ApiProperty({ description: 'fundingDeadline, shipByAt, inspectionEndsAt (ISO-8601, null when not set).' })
  deadlines!: { fundingDeadline: string | null; shipByAt: string | null; inspectionEndsAt: string | null };

  @ApiProperty({ nullable: true, description: 'The dispute holding the money, or null.' })
  hold!: { disputeId: string; fromState: EscrowState | null } | null;

  @ApiProperty()
  delivery!: { outboundShipmentId: string | null; firstScannedAt: string | null; deliveredAt: string | null; deliveryFailedAt: string | null; returnedAt: string | null; lostAt: string | null };

  @ApiProperty({ type: 'array', items: { type: 'object' } })
  payments!: Array<{ paymentId: string; partnerId: string; partnerTxnId: string; amount: number; match: string | null; excessAmount: number; paidAt: string; receivedAt: string }>;

  @ApiProperty({ type: 'array', items: { type: 'object' } })
  instructions!: Array<{ instructionId: string; kind: string; status: string; partnerId: string; amount: number; reason: string | null; issuedAt: string | null; settledAt: string | null }>;

  @ApiProperty({ type: 'array', items: { type: 'object' } })
  ledgerLines!: Array<{
    entryId: string;
    transactionId: string;
    purpose: string;
    accountCode: string;
    accountType: string;
    side: 'DEBIT' | 'CREDIT';
    amount: number;
    transactionStatus: 'PENDING' | 'POSTED';
    resolution: 'POSTED' | 'VOIDED' | null;
    postedAt: string;
  }>;

  @ApiProperty() openedAt!: string;
  @ApiProperty({ nullable: true }) closedAt!: string | null;
  @ApiProperty() updatedAt!: string;

  static of(v: EscrowView): EscrowViewResponse {
    const e = v.escrow;
    const a = v.amounts;
    return {
      escrowId: e.id,
      orderId: e.orderId,
      orderCode: e.orderCode,
      marketplaceId: e.marketplaceId,
      sellerId: e.sellerId,
      state: e.state,
      paymentMethod: e.paymentMethod,
      currency: e.currency,
      feeBps: e.feeBps,
      amounts: {
        expected: vndToWire(a.expected),
        paid: vndToWire(a.paid),
        heldNow: vndToWire(a.heldNow),
        released: vndToWire(a.released),
        fee: vndToWire(a.fee),
        refunded: vndToWire(a.refunded),
        clawedBack: vndToWire(a.clawedBack),
        releasedToSeller: vndToWire(a.releasedToSeller),
        paidOut: vndToWire(a.paidOut),
      },
      deadlines: { fundingDeadline: iso(e.fundingDeadline), shipByAt: iso(e.shipByAt), inspectionEndsAt: iso(e.inspectionEndsAt) },
      hold: e.holdDisputeId ? { disputeId: e.holdDisputeId, fromState: e.holdFromState } : null,
      delivery: {
        outboundShipmentId: e.outboundShipmentId,
        firstScannedAt: iso(e.firstScannedAt),
        deliveredAt: iso(e.deliveredAt),
        deliveryFailedAt: iso(e.deliveryFailedAt),
        returnedAt: iso(e.returnedAt),
        lostAt: iso(e.lostAt),
      },
      payments: v.payments.map((p) => ({
        paymentId: p.id,
        partnerId: p.partnerId,
        partnerTxnId: p.partnerTxnId,
        amount: vndToWire(p.amount),
        match: p.match,
        excessAmount: vndToWire(p.excessAmount),
        paidAt: p.paidAt.toISOString(),
        receivedAt: p.receivedAt.toISOString(),
      })),
      instructions: v.instructions.map((i) => ({
        instructionId: i.id,
        kind: i.kind,
        status: i.status,
        partnerId: i.partnerId,
        amount: vndToWire(i.amount),
        reason: i.reason,
        issuedAt: iso(i.issuedAt),
        settledAt: iso(i.settledAt),
      })),
      ledgerLines: v.ledgerLines.map((l) => ({
        entryId: l.entryId,
        transactionId: l.transactionId,
        purpose: l.purpose,
        accountCode: l.accountCode,
        accountType: l.accountType,
        side: l.side,
        amount: vndToWire(l.amount),
        transactionStatus: l.transactionStatus,
        resolution: l.resolution,
        postedAt: l.postedAt.toISOString(),
      })),
      openedAt: e.openedAt.toISOString(),
      closedAt: iso(e.closedAt),
      updatedAt: e.updatedAt.toISOString(),
    };
  }
}
