import { Module } from '@nestjs/common';
import { EscrowCoreModule } from '../escrow/escrow-core.module';
import { RecordClawbackRequestOnClawbackRequested } from './api/clawback-requested.consumer';
import { EscrowsController } from './api/escrows.controller';
import { ManualActionsController } from './api/manual-actions.controller';
import { DecideManualActionUseCase } from './application/decide-manual-action/decide-manual-action.use-case';
import { ManualActionExecutor } from './application/decide-manual-action/manual-action-executor';
import { GetEscrowViewQuery } from './application/get-escrow-view/get-escrow-view.query';
import { ListEscrowsQuery } from './application/list-escrows/list-escrows.query';
import { ListManualActionsQuery } from './application/list-manual-actions/list-manual-actions.query';
import { ProposeManualActionUseCase } from './application/propose-manual-action/propose-manual-action.use-case';
import { RecordClawbackRequestUseCase } from './application/record-clawback-request/record-clawback-request.use-case';
import { EscrowAmountsReader } from './application/shared/escrow-amounts.reader';

/**
 * Operations: the operators' view of escrows (`GET /v1/escrows…`), manual money actions with four eyes (one
 * admin proposes, another approves) and the claw-back requests disputes sends after a release.
 */
@Module({
  imports: [EscrowCoreModule],
  controllers: [EscrowsController, ManualActionsController],
  providers: [
    EscrowAmountsReader,
    GetEscrowViewQuery,
    ListEscrowsQuery,
    ListManualActionsQuery,
    ProposeManualActionUseCase,
    DecideManualActionUseCase,
    ManualActionExecutor,
    RecordClawbackRequestUseCase,
    RecordClawbackRequestOnClawbackRequested,
  ],
})
export class OperationsModule {}
