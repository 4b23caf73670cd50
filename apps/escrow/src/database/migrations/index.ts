import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { CreateEscrows1795876491117 } from './1795876491117-CreateEscrows';
import { CreateLedger1795882058239 } from './1795882058239-CreateLedger';
import { CreatePayments1795882582746 } from './1795882582746-CreatePayments';
import { EscrowLifecycle1795890000000 } from './1795890000000-EscrowLifecycle';
import { CreateInstructions1795890100000 } from './1795890100000-CreateInstructions';
import { ParkedPayments1795890200000 } from './1795890200000-ParkedPayments';
import { ManualActions1795890300000 } from './1795890300000-ManualActions';
import { Reconciliation1795890400000 } from './1795890400000-Reconciliation';
import { EarlyEvents1795890500000 } from './1795890500000-EarlyEvents';
import { CodCollection1795893000000 } from './1795893000000-CodCollection';
import { BuyerRefundDestinations1795893100000 } from './1795893100000-BuyerRefundDestinations';
import { ElectronicDocuments1795894000000 } from './1795894000000-ElectronicDocuments';
import { PendingLedgerTransactions1795890600000 } from './1795890600000-PendingLedgerTransactions';
import { PartnerSettlements1795895000000 } from './1795895000000-PartnerSettlements';

/** Every migration of the escrow schema, oldest first. Migrations are never edited once merged. */
export const ESCROW_MIGRATIONS = [
  MessagingAndDeadlines1795875712924,
  PartnerDirectory1795876443891,
  CreateEscrows1795876491117,
  CreateLedger1795882058239,
  CreatePayments1795882582746,
  EscrowLifecycle1795890000000,
  CreateInstructions1795890100000,
  ParkedPayments1795890200000,
  ManualActions1795890300000,
  Reconciliation1795890400000,
  EarlyEvents1795890500000,
  PendingLedgerTransactions1795890600000,
  CodCollection1795893000000,
  BuyerRefundDestinations1795893100000,
  ElectronicDocuments1795894000000,
  PartnerSettlements1795895000000,
];
