import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { ListManualActionsQuery, type ManualActionPage } from '../application/list-manual-actions/list-manual-actions.query';
import { ListManualActionsDto } from './dto/list-manual-actions.dto';
import { ManualActionPageDto } from './dto/manual-action-views.dto';

/**
 * The money desk: escrow's manual money actions, for the desk to find its work. Any operator reads it; proposing,
 * approving and rejecting stay at escrow (`/v1/escrows/{orderId}/manual-actions`, admins, four eyes).
 */
@ApiTags('admin: money desk')
@Controller('v1/admin/manual-actions')
@OperatorAuth('viewer')
export class ManualActionsQueueController {
  constructor(private readonly listActions: ListManualActionsQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Manual money actions: the queue awaiting a second admin, and the decided ones',
    description:
      'From escrow’s events (force release, force refund, correcting entry, claw-back), with the order’s code and the operators’ names. ' +
      'status=PROPOSED is the queue, oldest first; APPROVED or REJECTED newest decision first; none, newest activity first. ' +
      'Act at escrow: POST /v1/escrows/{orderId}/manual-actions/{actionId}/approve or /reject (another admin than the proposer).',
  })
  @ApiOkResponse({ type: ManualActionPageDto })
  list(@Query() query: ListManualActionsDto): Promise<ManualActionPage> {
    return this.listActions.execute(query);
  }
}
