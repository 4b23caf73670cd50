import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerRegistry1795877216533 } from './1795877216533-PartnerRegistry';
import { OperatorSessionsAndAudit1795893300000 } from './1795893300000-OperatorSessionsAndAudit';
import { ConsoleReadModel1795893400000 } from './1795893400000-ConsoleReadModel';
import { DeadLetters1795893500000 } from './1795893500000-DeadLetters';
import { MoneyDeskAndEventAudit1795893600000 } from './1795893600000-MoneyDeskAndEventAudit';
import { RecentOrdersIndex1795893700000 } from './1795893700000-RecentOrdersIndex';
import { DeadLetterGrowthIndex1795893800000 } from './1795893800000-DeadLetterGrowthIndex';

/** Every migration of the console schema, oldest first. Migrations are never edited once merged. */
export const CONSOLE_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerRegistry1795877216533, OperatorSessionsAndAudit1795893300000, ConsoleReadModel1795893400000, DeadLetters1795893500000, MoneyDeskAndEventAudit1795893600000, RecentOrdersIndex1795893700000, DeadLetterGrowthIndex1795893800000];
