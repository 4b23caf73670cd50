import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { GetDisputeViewQuery } from '../application/get-dispute-view/get-dispute-view.query';
import { disputeProblems } from './dispute-problems';
import { DisputeViewResponse } from './dto/dispute-view.response';

/** The buyer follows their complaint (buyer token of the dispute's order). */
@ApiTags('buyers')
@Controller('v1/public/disputes')
export class PublicDisputeViewController {
  constructor(private readonly getView: GetDisputeViewQuery) {}

  @Get(':id')
  @BuyerAuth()
  @ApiOperation({
    summary: 'Follow a complaint: state, deadlines, messages, evidence, offers and outcome',
    description:
      'Every absolute deadline in UTC (`…At`) and Asia/Ho_Chi_Minh (`…AtLocal`); the whole trail in order; evidence files with a `contentUrl` ' +
      'to download them with the same buyer token; the courier timeline; and, after a mediator’s decision, where to take the case next.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The dispute id (from filing).' })
  @ApiOkResponse({ type: DisputeViewResponse })
  @ApiNotFoundResponse({ description: 'No such dispute for this buyer token (a dispute of another order answers the same).' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentBuyerGrant() grant: BuyerGrant): Promise<DisputeViewResponse> {
    const view = await this.getView.execute({ kind: 'buyer', orderId: grant.orderId }, id);
    if (!view) throw disputeProblems.notFound(id);
    return DisputeViewResponse.of(view, 'buyer');
  }
}
