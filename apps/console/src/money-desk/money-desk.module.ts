import { Module } from '@nestjs/common';
import { ManualActionsQueueController } from './api/manual-actions-queue.controller';
import { ListManualActionsQuery } from './application/list-manual-actions/list-manual-actions.query';

/**
 * The money desk (`/v1/admin/manual-actions`): escrow's manual money actions from the read model, the proposals
 * awaiting a second admin first. Acting on them stays at escrow.
 */
@Module({
  controllers: [ManualActionsQueueController],
  providers: [ListManualActionsQuery],
})
export class MoneyDeskModule {}
