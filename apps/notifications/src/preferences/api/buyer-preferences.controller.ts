import { Body, Controller, Get, HttpStatus, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '@trustcircle/http';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { type BuyerPreferences, BuyerPreferencesUseCase } from '../application/buyer-preferences.use-case';
import { BuyerPreferencesRequest, BuyerPreferencesResponse } from './dto/buyer-preferences.dto';

const unknownOrder = (): ProblemException =>
  new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: 'No order for this buyer token (yet).' });

/** The buyer chooses the language of their messages and mutes non-critical channels (buyer token). */
@ApiTags('buyers')
@Controller('v1/public/notification-preferences')
@BuyerAuth()
export class BuyerPreferencesController {
  constructor(private readonly preferences: BuyerPreferencesUseCase) {}

  @Get()
  @ApiOperation({ summary: 'The buyer’s message language and muted channels' })
  @ApiOkResponse({ type: BuyerPreferencesResponse })
  @ApiNotFoundResponse({ description: 'Notifications does not know the order yet.' })
  async get(@CurrentBuyerGrant() grant: BuyerGrant): Promise<BuyerPreferences> {
    return (await this.preferences.get(grant.orderId)) ?? Promise.reject(unknownOrder());
  }

  @Put()
  @ApiOperation({ summary: 'Change the language and muted channels (critical messages always go: codes, deadlines, refunds, releases)' })
  @ApiOkResponse({ type: BuyerPreferencesResponse })
  async put(@Body() body: BuyerPreferencesRequest, @CurrentBuyerGrant() grant: BuyerGrant): Promise<BuyerPreferences> {
    return (await this.preferences.set(grant.orderId, { language: body.language, mutedChannels: body.mutedChannels })) ?? Promise.reject(unknownOrder());
  }
}
