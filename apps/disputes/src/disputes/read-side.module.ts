import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { EvidenceModule } from '../evidence/evidence.module';
import { DisputeViewsController } from './api/dispute-views.controller';
import { PublicDisputeViewController } from './api/public-dispute-view.controller';
import { GetDisputeViewQuery } from './application/get-dispute-view/get-dispute-view.query';
import { ListDisputesQuery } from './application/list-disputes/list-disputes.query';
import { MediatorQueueQuery } from './application/mediator-queue/mediator-queue.query';

/**
 * The read side of disputes: the buyer's view of their complaint, the marketplace's and operators' view and list,
 * and the mediators' queue. Imported before `DisputesModule`, so `GET /v1/disputes/queue` is routed before any
 * `/v1/disputes/:id` route.
 */
@Module({
  imports: [BuyerAuthModule, EvidenceModule],
  controllers: [DisputeViewsController, PublicDisputeViewController],
  providers: [GetDisputeViewQuery, ListDisputesQuery, MediatorQueueQuery],
})
export class ReadSideModule {}
