import { Inject, Injectable } from '@nestjs/common';
import { TOPICS } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { type IntakeContext, PermanentEventError } from '@trustcircle/messaging';
import { SecurityLog } from '../auth/security-log';
import { PartnerDirectory } from '../directory/partner-directory';
import { judgeIntakeSignature } from './intake-signature';

/** How old an intake record's timestamp may be: its topic's retention (a record older than that is gone anyway). */
function maxAgeSecondsOf(topic: string): number {
  const declared = Object.values(TOPICS).find((t) => t.name === topic);
  if (!declared || declared.retentionMs <= 0) throw new Error(`${topic} is not a declared topic with a retention`);
  return Math.floor(declared.retentionMs / 1000);
}

/**
 * Proves who produced an intake record: its Standard Webhooks signature must verify with a current webhook
 * signing secret (any, during a rotation) of the partner its `tc-partner-id` header names, and its timestamp be
 * within the topic's retention (7 days) in the past and 5 minutes in the future, by the service clock (see
 * `judgeIntakeSignature`). Intake handlers call it first; a refusal is a `PermanentEventError` with reason
 * CONTRACT_VIOLATION (the record is dead-lettered, nothing applied) and a security log line naming the partner,
 * the record id and position (never a secret or a signature).
 *
 * Replays are not refused (a record re-read after a rebalance, or replayed from the dead-letter desk with its
 * original headers, must apply): intake is idempotent by business key, so a replayed signed record changes
 * nothing.
 */
@Injectable()
export class IntakeSignatureVerifier {
  constructor(
    private readonly directory: PartnerDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Resolves when the record is signed by the partner it names; throws `PermanentEventError` otherwise. */
  async verify(ctx: Pick<IntakeContext, 'partnerId' | 'topic' | 'partition' | 'offset' | 'record'>): Promise<void> {
    const secrets = await this.directory.webhookSecretsOf(ctx.partnerId);
    const verdict = judgeIntakeSignature(secrets, ctx.record, this.clock.now(), maxAgeSecondsOf(ctx.topic));
    if (verdict.ok) return;
    SecurityLog.refusedRecord(`intake-signature-${verdict.problem}`, {
      partnerId: ctx.partnerId,
      webhookId: verdict.webhookId,
      topic: ctx.topic,
      partition: ctx.partition,
      offset: ctx.offset,
    });
    throw new PermanentEventError(`signature refused (${verdict.problem}): ${verdict.detail}`, { reason: 'CONTRACT_VIOLATION' });
  }
}
