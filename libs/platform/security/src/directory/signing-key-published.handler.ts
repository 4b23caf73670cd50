import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { PartnerDirectoryWriter } from './partner-directory.writer';

/** `partners.operator-signing-key-published` → the keys this service verifies operator tokens with. */
@Injectable()
@HandlesEvent('partners.operator-signing-key-published')
export class PartnerDirectoryOnSigningKeyPublished implements EventHandler<'partners.operator-signing-key-published'> {
  constructor(private readonly writer: PartnerDirectoryWriter) {}

  async handle(event: EventOf<'partners.operator-signing-key-published'>, ctx: HandlerContext): Promise<void> {
    await this.writer.applySigningKey(ctx.manager, event.data, event.occurredAt);
  }
}
