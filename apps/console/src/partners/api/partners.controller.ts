import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import { CreatePartnerUseCase } from '../application/create-partner/create-partner.use-case';
import { GetPartnerQuery } from '../application/get-partner/get-partner.query';
import { ListPartnersQuery, type PartnerPage } from '../application/list-partners/list-partners.query';
import type { PartnerView } from '../application/partner-view';
import { SetPartnerStatusUseCase } from '../application/set-partner-status/set-partner-status.use-case';
import { UpdatePartnerUseCase } from '../application/update-partner/update-partner.use-case';
import type { IssuedCredentials } from '../application/credential-issuer';
import { CreatePartnerDto, UpdatePartnerDto } from './dto/create-partner.dto';
import { ListPartnersDto } from './dto/list-partners.dto';
import { CreatedPartnerDto, PartnerPageDto, PartnerViewDto } from './dto/partner-views.dto';

/** The partner registry: onboard, list, edit, disable and enable partners. Admins change; viewers read. */
@ApiTags('admin: partners')
@Controller('v1/admin/partners')
@OperatorAuth('admin')
export class PartnersController {
  constructor(
    private readonly createPartner: CreatePartnerUseCase,
    private readonly listPartners: ListPartnersQuery,
    private readonly getPartner: GetPartnerQuery,
    private readonly updatePartner: UpdatePartnerUseCase,
    private readonly setStatus: SetPartnerStatusUseCase,
  ) {}

  /**
   * Not `@Idempotent()`: the answer holds the credentials, and the idempotency store would keep them in clear
   * for 24 h. A client that lost the answer lists the partners and rotates the new one's credentials.
   */
  @Post()
  @Audited('partner.create', { target: 'partner', targetId: (r) => (r as { partner: { id: string } }).partner.id })
  @ApiOperation({ summary: 'Onboard a partner', description: 'Answers its credentials once: an API key, and a webhook signing secret for couriers and payment partners.' })
  @ApiCreatedResponse({ type: CreatedPartnerDto })
  @ApiUnprocessableEntityResponse({ description: 'settings.codCollectionPartnerId names no payment partner of the registry.' })
  async create(@Body() body: CreatePartnerDto): Promise<{ partner: PartnerView; credentials: IssuedCredentials }> {
    const created = await this.createPartner.execute(body);
    return { partner: await this.getPartner.execute(created.partnerId), credentials: created.credentials };
  }

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'List partners, newest first', description: 'Credentials appear as metadata only: never a key, a hash or a secret.' })
  @ApiOkResponse({ type: PartnerPageDto })
  list(@Query() query: ListPartnersDto): Promise<PartnerPage> {
    return this.listPartners.execute(query);
  }

  @Get(':partnerId')
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'One partner' })
  @ApiOkResponse({ type: PartnerViewDto })
  @ApiNotFoundResponse({ description: 'No such partner.' })
  get(@Param('partnerId') partnerId: string): Promise<PartnerView> {
    return this.getPartner.execute(partnerId);
  }

  @Patch(':partnerId')
  @Audited('partner.update', { target: 'partner', targetId: 'partnerId' })
  @ApiOperation({ summary: "Edit a partner's name or settings", description: 'Settings left out keep their value.' })
  @ApiOkResponse({ type: PartnerViewDto })
  @ApiUnprocessableEntityResponse({ description: 'settings.codCollectionPartnerId names no payment partner of the registry.' })
  async update(@Param('partnerId') partnerId: string, @Body() body: UpdatePartnerDto): Promise<PartnerView> {
    await this.updatePartner.execute({ partnerId, ...body });
    return this.getPartner.execute(partnerId);
  }

  @Post(':partnerId/disable')
  @Audited('partner.disable', { target: 'partner', targetId: 'partnerId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a partner', description: 'Every service refuses its credentials and webhooks once it learns the change (seconds).' })
  @ApiOkResponse({ type: PartnerViewDto })
  async disable(@Param('partnerId') partnerId: string): Promise<PartnerView> {
    await this.setStatus.execute(partnerId, 'DISABLED');
    return this.getPartner.execute(partnerId);
  }

  @Post(':partnerId/enable')
  @Audited('partner.enable', { target: 'partner', targetId: 'partnerId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled partner again' })
  @ApiOkResponse({ type: PartnerViewDto })
  async enable(@Param('partnerId') partnerId: string): Promise<PartnerView> {
    await this.setStatus.execute(partnerId, 'ACTIVE');
    return this.getPartner.execute(partnerId);
  }
}
