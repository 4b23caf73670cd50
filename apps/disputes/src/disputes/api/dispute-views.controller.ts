import { Controller, Get, HttpStatus, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { GetDisputeViewQuery } from '../application/get-dispute-view/get-dispute-view.query';
import { decodeDisputeCursor } from '../application/list-disputes/dispute-cursor';
import { ListDisputesQuery } from '../application/list-disputes/list-disputes.query';
import { MediatorQueueQuery } from '../application/mediator-queue/mediator-queue.query';
import type { DisputeViewer } from '../application/shared/dispute-access';
import { disputeProblems } from './dispute-problems';
import { DisputePageResponse, DisputeSummaryResponse } from './dto/dispute-page.response';
import { DisputeViewResponse } from './dto/dispute-view.response';
import { ListDisputesQueryParams, MediatorQueueQueryParams } from './dto/list-disputes.query-params';
import { MediatorQueueResponse } from './dto/mediator-queue.response';

/**
 * Disputes as a marketplace sees its own (API key) and as operators see all of them: the list, the mediators'
 * queue and one dispute. `queue` is declared before `:id`, and `:id` takes only a uuid.
 */
@ApiTags('disputes')
@Controller('v1/disputes')
export class DisputeViewsController {
  constructor(
    private readonly listDisputes: ListDisputesQuery,
    private readonly mediatorQueue: MediatorQueueQuery,
    private readonly getView: GetDisputeViewQuery,
  ) {}

  @Get()
  @ApiKeyAuth('marketplace')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'List disputes, newest first (keyset pagination)',
    description: 'A marketplace lists its own disputes (a `marketplaceId` other than its own gives an empty page); operators list every dispute, optionally of one marketplace.',
  })
  @ApiOkResponse({ type: DisputePageResponse })
  @ApiBadRequestResponse({ description: 'A bad `status`, `cursor`, `limit` or `marketplaceId` (the problem names it).' })
  async list(@Query() q: ListDisputesQueryParams, @CurrentPrincipal() principal: Principal): Promise<DisputePageResponse> {
    const after = q.cursor === undefined ? undefined : decodeDisputeCursor(q.cursor);
    if (after === null) {
      throw new ProblemException({
        status: HttpStatus.BAD_REQUEST,
        type: 'validation-error',
        title: 'Your request is not valid',
        detail: 'Invalid field: cursor (not a cursor this API issued).',
        field: 'cursor',
        errors: [{ field: 'cursor', code: 'isCursor', message: 'cursor must be the nextCursor of a previous page' }],
      });
    }
    const viewer = viewerOf(principal);
    if (viewer.kind === 'marketplace' && q.marketplaceId !== undefined && q.marketplaceId !== viewer.marketplaceId) return { items: [], nextCursor: null };
    const marketplaceId = viewer.kind === 'marketplace' ? viewer.marketplaceId : q.marketplaceId;
    const page = await this.listDisputes.execute({ marketplaceId, state: q.status, after, limit: q.limit ?? 20 });
    return { items: page.items.map((d) => DisputeSummaryResponse.of(d)), nextCursor: page.nextCursor };
  }

  @Get('queue')
  @OperatorAuth('mediator')
  @ApiOperation({
    summary: 'The mediators’ queue: escalated disputes, vulnerable consumers first, then by the mediator’s deadline',
    description: 'Each case with its deadline, whether it is overdue and the time left (from `asOf`), reason, requested outcome, amounts and vulnerable category.',
  })
  @ApiOkResponse({ type: MediatorQueueResponse })
  async queue(@Query() q: MediatorQueueQueryParams): Promise<MediatorQueueResponse> {
    return MediatorQueueResponse.of(await this.mediatorQueue.execute({ marketplaceId: q.marketplaceId, limit: q.limit ?? 50 }));
  }

  @Get(':id')
  @ApiKeyAuth('marketplace')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'One dispute: state, deadlines, messages, evidence, offers and outcome',
    description: 'Operators see every dispute (and who wrote each entry and decided); a marketplace only its own: another marketplace’s dispute answers 404.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DisputeViewResponse })
  @ApiNotFoundResponse({ description: 'No such dispute (or not yours).' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<DisputeViewResponse> {
    const viewer = viewerOf(principal);
    const view = await this.getView.execute(viewer, id);
    if (!view) throw disputeProblems.notFound(id);
    return DisputeViewResponse.of(view, viewer.kind === 'operator' ? 'operator' : 'marketplace');
  }
}

/** The dispute viewer an authenticated marketplace key or operator token stands for. */
function viewerOf(principal: Principal): DisputeViewer {
  return principal.kind === 'operator' ? { kind: 'operator', operatorId: principal.id } : { kind: 'marketplace', marketplaceId: principal.partnerId ?? principal.id };
}
