import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { CodParcelRecord } from '../cod/infrastructure/cod-parcel.orm-entity';
import { CodRemittanceLineRecord, CodRemittanceRecord } from '../cod/infrastructure/cod-remittance.orm-entity';
import { DocumentSigningKeyRecord } from '../documents/infrastructure/document-signing-key.orm-entity';
import { ElectronicDocumentRecord } from '../documents/infrastructure/electronic-document.orm-entity';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';
import { PaymentRecord } from '../funding/infrastructure/payment.orm-entity';
import { InstructionRecord } from '../instructions/infrastructure/instruction.orm-entity';
import { LedgerAccountRecord } from '../ledger/infrastructure/ledger-account.orm-entity';
import { LedgerEntryRecord } from '../ledger/infrastructure/ledger-entry.orm-entity';
import { LedgerTransactionRecord } from '../ledger/infrastructure/ledger-transaction.orm-entity';
import { ClawbackRequestRecord } from '../operations/infrastructure/clawback-request.orm-entity';
import { ManualActionRecord } from '../operations/infrastructure/manual-action.orm-entity';
import { SellerPayoutAccountRecord } from '../payout-accounts/infrastructure/seller-payout-account.orm-entity';
import { BuyerRefundDestinationRecord } from '../refund-destinations/infrastructure/buyer-refund-destination.orm-entity';
import { PartnerReconciliationRecord } from '../reconciliation/infrastructure/partner-reconciliation.orm-entity';
import { PartnerSettlementRecord } from '../settlement-close/infrastructure/partner-settlement.orm-entity';

/** Every TypeORM entity of the escrow schema. */
export const ESCROW_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES, EscrowRecord, LedgerAccountRecord, LedgerTransactionRecord, LedgerEntryRecord, PaymentRecord, PartnerReconciliationRecord, ManualActionRecord, ClawbackRequestRecord, InstructionRecord, SellerPayoutAccountRecord, CodParcelRecord, CodRemittanceRecord, CodRemittanceLineRecord, BuyerRefundDestinationRecord, DocumentSigningKeyRecord, ElectronicDocumentRecord, PartnerSettlementRecord];
