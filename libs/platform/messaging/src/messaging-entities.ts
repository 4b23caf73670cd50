import { DeadLetterRecord } from './dead-letter/dead-letter-record.entity';
import { InboxEntry } from './inbox/inbox-entry.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';

/** The messaging entities every service registers with its data source. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxEntry, DeadLetterRecord];
