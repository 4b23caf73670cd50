import { Injectable, Logger } from '@nestjs/common';
import type { IntakeMessageOf } from '@trustcircle/contracts';
import { HandlesIntake, type IntakeContext, type IntakeHandler, PermanentEventError } from '@trustcircle/messaging';
import { IntakeSignatureVerifier, PartnerDirectory } from '@trustcircle/security';
import { RecordCourierEventUseCase } from '../../tracking/application/record-courier-event/record-courier-event.use-case';
import { checkpointFromIntake } from '../domain/courier-intake-checkpoint';
import { FOREIGN_PARCEL_EVENT } from './courier-events.controller';

/**
 * Courier events a courier produced straight onto `delivery.courier-intake.v1` (generic format, keyed by
 * tracking number, the courier's id in the `tc-partner-id` header): exactly what `POST /v1/couriers/{id}/events`
 * does. The consumer has already validated the message against `CourierIntakeV1` (an invalid one is
 * dead-lettered as INVALID_PAYLOAD). The record must be signed with one of the courier's webhook signing secrets
 * (`IntakeSignatureVerifier`), else it is dead-lettered as CONTRACT_VIOLATION and nothing is recorded. A
 * duplicate (same tracking number, status and time, so also a replayed record) is absorbed and an unknown
 * tracking number parked (a parked twin is absorbed when applied); what the HTTP
 * API would refuse is dead-lettered with the reason: a sender that is not an active courier, another courier's
 * parcel (also logged for security), an event far in the future or before the order.
 */
@Injectable()
@HandlesIntake('delivery.courier-intake.v1')
export class RecordCourierEventFromIntake implements IntakeHandler<'delivery.courier-intake.v1'> {
  private static readonly security = new Logger('Security');

  constructor(
    private readonly recordEvent: RecordCourierEventUseCase,
    private readonly directory: PartnerDirectory,
    private readonly signatures: IntakeSignatureVerifier,
  ) {}

  async handle(message: IntakeMessageOf<'delivery.courier-intake.v1'>, ctx: IntakeContext): Promise<void> {
    const courierId = ctx.partnerId;
    const partner = await this.directory.get(courierId);
    if (partner?.kind !== 'COURIER' || partner.status !== 'ACTIVE') {
      throw new PermanentEventError(`partner ${courierId} is not an active courier`);
    }
    await this.signatures.verify(ctx);
    const result = await this.recordEvent.execute(courierId, checkpointFromIntake(message, 'KAFKA'));
    if (result.kind === 'not-found') {
      RecordCourierEventFromIntake.security.warn(
        `security: ${FOREIGN_PARCEL_EVENT} courierId=${JSON.stringify(courierId)} trackingNumber=${JSON.stringify(message.trackingNumber)} topic=${JSON.stringify(ctx.topic)} partition=${ctx.partition} offset=${ctx.offset}`,
      );
      throw new PermanentEventError(`trackingNumber ${message.trackingNumber} is not registered with courier ${courierId}`);
    }
    if (result.kind === 'refused') throw new PermanentEventError(`${result.field}: ${result.detail}`);
  }
}
