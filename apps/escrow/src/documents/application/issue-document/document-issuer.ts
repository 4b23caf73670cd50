import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventOf, PayloadOf } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { InstructionRecord } from '../../../instructions/infrastructure/instruction.orm-entity';
import { buildDocument } from '../../domain/build-document';
import { chainKeyOf, nextLink } from '../../domain/document-chain';
import { signDocument, jwsSha256 } from '../../domain/document-jws';
import { documentLinesOf } from '../../domain/document-lines';
import { DOCUMENT_OF_EVENT, type DocumentedEventType, type DocumentParties } from '../../domain/electronic-document';
import { ElectronicDocumentRecord } from '../../infrastructure/electronic-document.orm-entity';
import { DocumentSigningKeys } from '../signing-keys/document-signing-keys';
import { DocumentPartyResolver } from './document-party-resolver';

/**
 * Issues the signed electronic document of a money movement or decision, in the caller's transaction (so no
 * movement commits without its document), and records `escrow.document-issued` with it. One document per source
 * event (a repeat answers the first). An order's documents form one hash chain, a payment partner's settlement
 * statements another: the chain is serialised by a transaction-level advisory lock on its key, and the database
 * refuses a fork (unique sequence and previous hash per chain).
 */
@Injectable()
export class DocumentIssuer {
  constructor(
    private readonly keys: DocumentSigningKeys,
    private readonly parties: DocumentPartyResolver,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Issues the document of a recorded (or consumed) event whose type produces one. */
  async issueFor<T extends DocumentedEventType>(m: EntityManager, event: EventOf<T>): Promise<ElectronicDocumentRecord> {
    const existing = await m.findOne(ElectronicDocumentRecord, { where: { sourceEventId: event.id } });
    if (existing) return existing;
    if (event.type === 'escrow.partner-settlement-closed') return this.issueStatement(m, event as EventOf<'escrow.partner-settlement-closed'>);
    const data = event.data as PayloadOf<Exclude<DocumentedEventType, 'escrow.partner-settlement-closed'>>;
    const escrow = await m.findOneOrFail(EscrowRecord, { where: { orderId: data.orderId } });
    const { subject } = DOCUMENT_OF_EVENT[event.type];
    const payingPartner = 'partnerId' in data ? data.partnerId : null;
    const parties = await this.parties.of(m, escrow, subject, payingPartner);
    const facts = event.type === 'escrow.escrow-paid-out' ? await this.beneficiaryFacts(m, (data as PayloadOf<'escrow.escrow-paid-out'>).instructionId) : {};
    return this.issue(m, event, {
      chainKey: chainKeyOf({ orderId: escrow.orderId }),
      order: { orderId: escrow.orderId, orderCode: escrow.orderCode, escrowId: escrow.id },
      reference: escrow.orderCode,
      marketplaceId: escrow.marketplaceId,
      paymentPartnerId: parties.paymentPartner?.id ?? null,
      parties,
      extraFacts: facts,
    });
  }

  private async issueStatement(m: EntityManager, event: EventOf<'escrow.partner-settlement-closed'>): Promise<ElectronicDocumentRecord> {
    const partner = await this.parties.party(event.data.partnerId, m);
    return this.issue(m, event, {
      chainKey: chainKeyOf({ partnerId: event.data.partnerId }),
      order: null,
      reference: statementReference(event.data.businessDate, event.data.partnerId),
      marketplaceId: null,
      paymentPartnerId: event.data.partnerId,
      parties: { marketplace: null, seller: null, paymentPartner: partner, buyer: null },
      extraFacts: {},
    });
  }

  private async issue(
    m: EntityManager,
    event: EventOf<DocumentedEventType>,
    at: {
      chainKey: string;
      order: { orderId: string; orderCode: string; escrowId: string } | null;
      reference: string;
      marketplaceId: string | null;
      paymentPartnerId: string | null;
      parties: DocumentParties;
      extraFacts: Record<string, string | null>;
    },
  ): Promise<ElectronicDocumentRecord> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`escrow.documents:${at.chainKey}`]);
    const [head] = (await m.query(`SELECT "sequence", "sha256" FROM "escrow"."documents" WHERE "chain_key" = $1 ORDER BY "sequence" DESC LIMIT 1`, [at.chainKey])) as Array<{
      sequence: number;
      sha256: string;
    }>;
    const link = nextLink(head ?? null);
    const { kind, subject } = DOCUMENT_OF_EVENT[event.type];
    const lines = documentLinesOf(event.type, event.data as never);
    const issuedAt = this.clock.now();
    const content = buildDocument({
      documentId: randomUUID(),
      kind,
      subject,
      order: at.order,
      reference: at.reference,
      parties: at.parties,
      lines: { ...lines, facts: { ...lines.facts, ...at.extraFacts } },
      issuedAt,
      source: { eventId: event.id, eventType: event.type },
      chain: { key: at.chainKey, ...link },
    });
    const key = await this.keys.active(m);
    const jws = await signDocument(content, key.kid, key.privateKey);
    const record: ElectronicDocumentRecord = {
      id: content.documentId,
      number: content.number,
      kind,
      subject,
      orderId: at.order?.orderId ?? null,
      marketplaceId: at.marketplaceId,
      paymentPartnerId: at.paymentPartnerId,
      chainKey: at.chainKey,
      sequence: link.sequence,
      sourceEventId: event.id,
      sourceEventType: event.type,
      content,
      jws,
      sha256: jwsSha256(jws),
      previousSha256: link.previousSha256,
      signingKeyId: key.kid,
      issuedAt,
    };
    await m.insert(ElectronicDocumentRecord, record);
    await this.outbox.record(m, 'escrow.document-issued', {
      documentId: record.id,
      orderId: record.orderId,
      kind,
      subject,
      sourceEventId: event.id,
      sha256: record.sha256,
      previousSha256: record.previousSha256,
      signingKeyId: key.kid,
      issuedAt: issuedAt.toISOString(),
    });
    return record;
  }

  /** A payout's beneficiary as the instruction holds it (already masked). */
  private async beneficiaryFacts(m: EntityManager, instructionId: string): Promise<Record<string, string | null>> {
    const i = await m.findOne(InstructionRecord, { where: { id: instructionId } });
    return { beneficiaryInstitution: i?.beneficiary.institutionCode ?? null, beneficiaryAccount: i?.beneficiary.accountNumberMasked ?? null };
  }
}

/**
 * What a statement's number names: its business date and the partner (the first 12 hex digits of its id, which
 * are random in a v4 UUID), so two partners' statements of one day never share a number (each partner's chain
 * counts its own sequence). E.g. `2026-11-29-1A2B3C4D5E6F` numbers `BK-2026-11-29-1A2B3C4D5E6F-01`.
 */
export function statementReference(businessDate: string, partnerId: string): string {
  return `${businessDate}-${partnerId.replace(/-/g, '').slice(0, 12).toUpperCase()}`;
}
