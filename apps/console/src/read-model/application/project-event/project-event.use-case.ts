import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { changesOf } from '../../domain/changes-of-event';
import type { ConsoleEvent } from '../../domain/console-event-types';
import { ReadModelWriter } from '../../infrastructure/read-model-writer';
import { BuyerPhoneProtection } from '../buyer-phone-protection';
import { ANNOUNCE_READ_MODEL_CHANGE } from '../read-model-changes';

/**
 * Projects one consumed event into the read model — its line in the order's timeline, the overview's
 * aggregates, the money desk's manual actions, and the audit line of an operator's action at another service — in
 * the caller's transaction (the inbox's), in one round trip, announcing the change at commit. Idempotent through
 * the inbox (once per event id); a fact and an audit line are also keyed by their event id.
 */
@Injectable()
export class ProjectEventUseCase {
  constructor(
    private readonly writer: ReadModelWriter,
    private readonly phones: BuyerPhoneProtection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, event: ConsoleEvent): Promise<void> {
    const changes = changesOf(event, this.phones);
    if (changes.length === 0) return;
    await this.writer.writeAll(manager, changes, this.clock.now(), ANNOUNCE_READ_MODEL_CHANGE);
  }
}
