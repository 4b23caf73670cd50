import { Injectable } from '@nestjs/common';
import type { IntakeMessageOf } from '@trustcircle/contracts';
import { HandlesIntake, type IntakeContext, type IntakeHandler, PermanentEventError } from '@trustcircle/messaging';
import { IntakeSignatureVerifier, PartnerDirectory } from '@trustcircle/security';
import { DEFAULT_ORDER_SETTINGS } from '../application/place-order/marketplace-settings';
import { PlaceOrderUseCase } from '../application/place-order/place-order.use-case';

/**
 * Orders a marketplace produced straight onto `orders.intake.v1`: exactly what `POST /v1/orders` does,
 * idempotency included (the same externalId and body is the same order, so a replayed record changes nothing).
 * The record must be signed with one of the marketplace's webhook signing secrets (`IntakeSignatureVerifier`):
 * otherwise it is dead-lettered as CONTRACT_VIOLATION and no order is placed, so a marketplace allowed to write
 * the topic cannot place orders as another. A message the HTTP API would refuse is dead-lettered with the
 * reason: an unknown or disabled marketplace, or a conflicting repeat.
 */
@Injectable()
@HandlesIntake('orders.intake.v1')
export class PlaceOrderFromIntake implements IntakeHandler<'orders.intake.v1'> {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly directory: PartnerDirectory,
    private readonly signatures: IntakeSignatureVerifier,
  ) {}

  async handle(message: IntakeMessageOf<'orders.intake.v1'>, ctx: IntakeContext): Promise<void> {
    const partner = await this.directory.get(ctx.partnerId);
    if (partner?.kind !== 'MARKETPLACE' || partner.status !== 'ACTIVE') {
      throw new PermanentEventError(`partner ${ctx.partnerId} is not an active marketplace`);
    }
    await this.signatures.verify(ctx);
    const result = await this.placeOrder.execute({ marketplaceId: ctx.partnerId, request: message, settings: partner.settings ?? DEFAULT_ORDER_SETTINGS });
    if (result.kind === 'conflict') {
      throw new PermanentEventError(`externalId ${message.externalId} was already used for order ${result.existingOrderId} with a different body`);
    }
    if (result.kind === 'invalid') throw new PermanentEventError(`${result.field}: ${result.message}`);
  }
}
