import { SetMetadata } from '@nestjs/common';
import type { IntakeMessageOf, IntakeTopicName } from '@trustcircle/contracts';

/**
 * An intake record as it was produced: what the partner signed. The value's exact bytes, and its headers as
 * UTF-8 strings (a header present more than once is a list).
 */
export interface IntakeRecord {
  value: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

/** What an intake handler gets beside the message. */
export interface IntakeContext {
  /**
   * The partner the record names in its `tc-partner-id` header. NOT authenticated: Kafka ACLs cannot bind a header
   * to the producer, so the handler must check the record's signature with that partner's secrets
   * (`IntakeSignatureVerifier` in `@trustcircle/security`) before trusting it.
   */
  partnerId: string;
  topic: string;
  partition: number;
  offset: string;
  /** The record as produced, for the signature check. */
  record: IntakeRecord;
}

/**
 * Applies one partner message from an intake topic (a marketplace's order, a courier's event): the same
 * validated body the HTTP API takes. Intake messages carry no envelope and no event id, so idempotency is the
 * use case's business key (e.g. marketplace + external id); throw `PermanentEventError` to dead-letter a
 * message that can never apply (unknown partner, bad signature, conflicting repeat).
 */
export interface IntakeHandler<Tp extends IntakeTopicName> {
  handle(message: IntakeMessageOf<Tp>, ctx: IntakeContext): Promise<void>;
}

export const INTAKE_HANDLER_METADATA = 'trustcircle:intake-handler';

/** Marks a provider as the handler of an intake topic. */
export function HandlesIntake(topic: IntakeTopicName): ClassDecorator {
  return SetMetadata(INTAKE_HANDLER_METADATA, topic);
}
