import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordCodRemittanceUseCase } from '../application/record-cod-remittance/record-cod-remittance.use-case';

/** `escrow.cod-remitted` → the remitting courier's COD remittance age (courier trust). */
@Injectable()
@HandlesEvent('escrow.cod-remitted')
export class RecordCodRemittanceOnCodRemitted implements EventHandler<'escrow.cod-remitted'> {
  constructor(private readonly recordRemittance: RecordCodRemittanceUseCase) {}

  async handle(event: EventOf<'escrow.cod-remitted'>, ctx: HandlerContext): Promise<void> {
    await this.recordRemittance.execute(ctx.manager, event.data);
  }
}
