import { Injectable } from '@nestjs/common';
import type { EventOf, PayloadOf } from '@trustcircle/contracts';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { DocumentedOutboxEventType } from '../../domain/electronic-document';
import { DocumentIssuer } from './document-issuer';

/**
 * The one hook for money movements: records a documented escrow event in the outbox and issues its signed
 * document in the same transaction. Use cases record `escrow.escrow-funded`, `…-released`, `…-refunded`,
 * `…-paid-out`, `escrow.cod-remitted` and `escrow.partner-settlement-closed` through it, never through the
 * OutboxWriter directly, so no movement can commit without its document.
 */
@Injectable()
export class DocumentedOutbox {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly issuer: DocumentIssuer,
  ) {}

  async record<T extends DocumentedOutboxEventType>(m: EntityManager, type: T, data: PayloadOf<T>): Promise<EventOf<T>> {
    const event = await this.outbox.record(m, type, data);
    await this.issuer.issueFor(m, event);
    return event;
  }
}
