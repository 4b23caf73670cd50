import { Injectable } from '@nestjs/common';
import type { DocumentSubject } from '@trustcircle/contracts';
import { PartnerDirectory } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import type { DocumentParties, DocumentParty } from '../../domain/electronic-document';
import { maskAccount } from '../../domain/masking';

/**
 * Who a document of an order names: the marketplace (id and registry name), the seller (the marketplace's id for
 * them), the payment partner that funded the order (the first payment's partner; for cash on delivery the
 * courier's collection partner) and the buyer by the order code. Escrow holds no buyer contact; a COD buyer's
 * refund account appears on refund documents masked (last four digits).
 */
@Injectable()
export class DocumentPartyResolver {
  constructor(private readonly directory: PartnerDirectory) {}

  async of(m: EntityManager, escrow: EscrowRecord, subject: DocumentSubject, paymentPartnerId: string | null): Promise<DocumentParties> {
    const partnerId = paymentPartnerId ?? (await this.fundingPartnerOf(m, escrow));
    return {
      marketplace: await this.party(escrow.marketplaceId, m),
      seller: { id: escrow.sellerId, name: null },
      paymentPartner: partnerId ? await this.party(partnerId, m) : null,
      buyer: { reference: `Người mua của đơn hàng ${escrow.orderCode}`, contact: subject === 'REFUND' ? await this.buyerRefundAccount(m, escrow) : null },
    };
  }

  /** A partner as a document names it: its id and, when the directory knows it, its name (read through `m`, the issuing transaction). */
  async party(partnerId: string, m: EntityManager): Promise<DocumentParty> {
    return { id: partnerId, name: (await this.directory.get(partnerId, m))?.name ?? null };
  }

  private async fundingPartnerOf(m: EntityManager, escrow: EscrowRecord): Promise<string | null> {
    if (escrow.paymentMethod === 'COD') {
      if (!escrow.outboundCourierId) return null;
      return (await this.directory.get(escrow.outboundCourierId, m))?.settings.codCollectionPartnerId ?? null;
    }
    const rows = (await m.query(`SELECT "partner_id" FROM "escrow"."payments" WHERE "escrow_id" = $1 ORDER BY "received_at", "id" LIMIT 1`, [escrow.id])) as Array<{ partner_id: string }>;
    return rows[0]?.partner_id ?? null;
  }

  private async buyerRefundAccount(m: EntityManager, escrow: EscrowRecord): Promise<string | null> {
    const rows = (await m.query(`SELECT "institution_code", "account_number_masked" FROM "escrow"."buyer_refund_destinations" WHERE "escrow_id" = $1`, [escrow.id])) as Array<{
      institution_code: string;
      account_number_masked: string;
    }>;
    return rows[0] ? `${rows[0].institution_code} ${maskAccount(rows[0].account_number_masked)}` : null;
  }
}
