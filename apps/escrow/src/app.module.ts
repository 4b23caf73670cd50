import { type DynamicModule, Module } from '@nestjs/common';
import type { EnvSource } from '@trustcircle/config';
import { PartnerDirectoryModule } from '@trustcircle/security';
import { ServiceKitModule } from '@trustcircle/service-kit';
import { CodModule } from './cod/cod.module';
import { EscrowEnv } from './config/escrow.env';
import { DocumentsModule } from './documents/documents.module';
import { ESCROW_ENTITIES } from './database/escrow.entities';
import { EscrowModule } from './escrow/escrow.module';
import { FundingModule } from './funding/funding.module';
import { InstructionsModule } from './instructions/instructions.module';
import { LedgerModule } from './ledger/ledger.module';
import { OperationsModule } from './operations/operations.module';
import { PayoutAccountsModule } from './payout-accounts/payout-accounts.module';
import { CodReconciliationModule } from './cod-reconciliation/cod-reconciliation.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { RefundDestinationsModule } from './refund-destinations/refund-destinations.module';
import { SettlementCloseModule } from './settlement-close/settlement-close.module';
import { ESCROW_MIGRATIONS } from './database/migrations';

/** The escrow service: guaranteed payment, one escrow per order. */
@Module({})
export class AppModule {
  static forRoot(envSource?: EnvSource): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ service: 'escrow', env: EscrowEnv, entities: ESCROW_ENTITIES, migrations: ESCROW_MIGRATIONS, envSource }), PartnerDirectoryModule, EscrowModule, CodModule, LedgerModule, FundingModule, ReconciliationModule, OperationsModule, InstructionsModule, PayoutAccountsModule, RefundDestinationsModule, CodReconciliationModule, DocumentsModule, SettlementCloseModule],
    };
  }
}
