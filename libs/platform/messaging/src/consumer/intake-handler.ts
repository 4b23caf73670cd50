import { SetMetadata } from '@nestjs/common';
import type { IntakeMessageOf, IntakeTopicName } from '@trustcircle/contracts';

/** What an intake handler gets beside the message. */
export interface IntakeContext {
  /** The producing partner, from the `tc-partner-id` header (bound to the producer by Kafka ACLs in production). */
  partnerId: string;
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Applies one partner message from an intake topic (a marketplace's order, a courier's event): the same
 * validated body the HTTP API takes. Intake messages carry no envelope and no event id, so idempotency is the
 * use case's business key (e.g. marketplace + external id); throw `PermanentEventError` to dead-letter a
 * message that can never apply (unknown partner, conflicting repeat).
 */
export interface IntakeHandler<Tp extends IntakeTopicName> {
  handle(message: IntakeMessageOf<Tp>, ctx: IntakeContext): Promise<void>;
}

export const INTAKE_HANDLER_METADATA = 'trustcircle:intake-handler';

/** Marks a provider as the handler of an intake topic. */
export function HandlesIntake(topic: IntakeTopicName): ClassDecorator {
  return SetMetadata(INTAKE_HANDLER_METADATA, topic);
}
