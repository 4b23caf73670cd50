import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, In } from 'typeorm';
import { OrderContactRecord, RecipientPreferenceRecord } from '../../pipeline/infrastructure/pipeline.orm-entities';

/** What a buyer may choose: the language of their messages and the channels they mute (critical ones ignore mutes). */
export interface BuyerPreferences {
  language: 'vi' | 'en';
  mutedChannels: Array<'SMS' | 'ZALO' | 'EMAIL'>;
}

/**
 * A buyer's notification preferences, for the phone (and email) of the order their token opens: the same choice
 * applies to every order sent to those addresses. Answers null when notifications does not know the order yet.
 */
@Injectable()
export class BuyerPreferencesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(orderId: string): Promise<BuyerPreferences | null> {
    const contact = await this.dataSource.manager.findOneBy(OrderContactRecord, { orderId });
    if (!contact) return null;
    const pref = await this.dataSource.manager.findOneBy(RecipientPreferenceRecord, { recipient: contact.buyerPhone });
    return { language: pref?.language ?? 'vi', mutedChannels: (pref?.mutedChannels ?? []) as BuyerPreferences['mutedChannels'] };
  }

  async set(orderId: string, change: Partial<BuyerPreferences>): Promise<BuyerPreferences | null> {
    return this.dataSource.transaction(async (m) => {
      const contact = await m.findOneBy(OrderContactRecord, { orderId });
      if (!contact) return null;
      const addresses = [contact.buyerPhone, ...(contact.buyerEmail ? [contact.buyerEmail] : [])];
      const current = await m.findBy(RecipientPreferenceRecord, { recipient: In(addresses) });
      const base = current.find((p) => p.recipient === contact.buyerPhone);
      const next: BuyerPreferences = {
        language: change.language ?? base?.language ?? 'vi',
        mutedChannels: [...new Set(change.mutedChannels ?? (base?.mutedChannels as BuyerPreferences['mutedChannels']) ?? [])].sort(),
      };
      const now = this.clock.now();
      await m.upsert(RecipientPreferenceRecord, addresses.map((recipient) => ({ recipient, ...next, updatedAt: now })), { conflictPaths: ['recipient'] });
      return next;
    });
  }
}
