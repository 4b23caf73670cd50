import { Controller, Delete, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import { BindMarketplaceUseCase } from '../application/bind-marketplace/bind-marketplace.use-case';
import { GetPartnerQuery } from '../application/get-partner/get-partner.query';
import type { PartnerView } from '../application/partner-view';
import { UnbindMarketplaceUseCase } from '../application/unbind-marketplace/unbind-marketplace.use-case';
import { PartnerViewDto } from './dto/partner-views.dto';

/** Which marketplaces a payment partner serves (admins). PUT and DELETE are idempotent. */
@ApiTags('admin: partners')
@Controller('v1/admin/partners/:partnerId/marketplaces/:marketplaceId')
@OperatorAuth('admin')
export class PartnerMarketplacesController {
  constructor(
    private readonly bind: BindMarketplaceUseCase,
    private readonly unbind: UnbindMarketplaceUseCase,
    private readonly getPartner: GetPartnerQuery,
  ) {}

  @Put()
  @Audited('partner.marketplace.bind', { target: 'partner', targetId: 'partnerId' })
  @ApiOperation({ summary: 'Let a payment partner serve a marketplace' })
  @ApiOkResponse({ type: PartnerViewDto })
  @ApiConflictResponse({ description: 'The partner is not a payment partner, or the other is not a marketplace.' })
  async bindMarketplace(@Param('partnerId') partnerId: string, @Param('marketplaceId') marketplaceId: string): Promise<PartnerView> {
    await this.bind.execute(partnerId, marketplaceId);
    return this.getPartner.execute(partnerId);
  }

  @Delete()
  @Audited('partner.marketplace.unbind', { target: 'partner', targetId: 'partnerId' })
  @ApiOperation({ summary: 'Stop a payment partner serving a marketplace' })
  @ApiOkResponse({ type: PartnerViewDto })
  async unbindMarketplace(@Param('partnerId') partnerId: string, @Param('marketplaceId') marketplaceId: string): Promise<PartnerView> {
    await this.unbind.execute(partnerId, marketplaceId);
    return this.getPartner.execute(partnerId);
  }
}
