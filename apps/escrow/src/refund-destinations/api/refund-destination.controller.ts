import { Body, Controller, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { GetRefundDestinationQuery } from '../application/get-refund-destination/get-refund-destination.query';
import { RegisterRefundDestinationUseCase } from '../application/register-refund-destination/register-refund-destination.use-case';
import { refundDestinationOf } from '../domain/refund-destination';
import { RefundDestinationBody } from './dto/refund-destination.body';
import { RefundDestinationResponse } from './dto/refund-destination.response';
import { refundDestinationProblem } from './refund-destination-problems';

/** A cash-on-delivery buyer's refund destination (buyer token from the buyer portal's one-time code). */
@ApiTags('buyers')
@Controller('v1/public/escrows/:orderCode/refund-destination')
@BuyerAuth()
export class RefundDestinationController {
  constructor(
    private readonly register: RegisterRefundDestinationUseCase,
    private readonly getDestination: GetRefundDestinationQuery,
  ) {}

  @Put()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Give (or correct) the bank account or e-wallet a cash-on-delivery refund is paid to',
    description:
      'A refund owed on a cash-on-delivery order waits until the buyer gives a destination, then goes out at once. The same body again answers the same; ' +
      'another destination replaces it, except while a refund is being paid or once it was paid (409); after a failed transfer the retry goes to the new one. ' +
      'Answers the destination masked.',
  })
  @ApiParam({ name: 'orderCode', example: 'TC-7KQ4-M2XD' })
  @ApiOkResponse({ type: RefundDestinationResponse })
  @ApiBadRequestResponse({ description: 'A field is invalid (problem+json naming it).' })
  @ApiNotFoundResponse({ description: 'No such order for this buyer token.' })
  @ApiConflictResponse({ description: 'Not a cash-on-delivery order, or a refund is being or was paid to the destination given.' })
  async put(@Param('orderCode') orderCode: string, @Body() body: RefundDestinationBody, @CurrentBuyerGrant() grant: BuyerGrant): Promise<RefundDestinationResponse> {
    const result = await this.register.execute({ orderCode: orderCode.toUpperCase(), grant, destination: refundDestinationOf(body) });
    if (result.kind !== 'registered') throw refundDestinationProblem(result.kind);
    return RefundDestinationResponse.of(grant.orderCode, result.record);
  }

  @Get()
  @ApiOperation({ summary: 'The refund destination given for this cash-on-delivery order (masked)' })
  @ApiParam({ name: 'orderCode', example: 'TC-7KQ4-M2XD' })
  @ApiOkResponse({ type: RefundDestinationResponse })
  @ApiNotFoundResponse({ description: 'No such order for this buyer token, or no destination given yet.' })
  @ApiConflictResponse({ description: 'Not a cash-on-delivery order.' })
  async get(@Param('orderCode') orderCode: string, @CurrentBuyerGrant() grant: BuyerGrant): Promise<RefundDestinationResponse> {
    const result = await this.getDestination.execute(orderCode.toUpperCase(), grant);
    if (result.kind !== 'found') throw refundDestinationProblem(result.kind);
    return RefundDestinationResponse.of(grant.orderCode, result.record);
  }
}
