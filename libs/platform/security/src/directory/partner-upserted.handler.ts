import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { PartnerDirectoryWriter } from './partner-directory.writer';

/** `partners.partner-upserted` → this service's partner directory (only a newer revision overwrites). */
@Injectable()
@HandlesEvent('partners.partner-upserted')
export class PartnerDirectoryOnPartnerUpserted implements EventHandler<'partners.partner-upserted'> {
  constructor(private readonly writer: PartnerDirectoryWriter) {}

  async handle(event: EventOf<'partners.partner-upserted'>, ctx: HandlerContext): Promise<void> {
    await this.writer.applyPartner(ctx.manager, event.data);
  }
}
