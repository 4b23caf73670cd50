import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemException } from '@trustcircle/http';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { ConfirmReceiptUseCase } from '../application/confirm-receipt/confirm-receipt.use-case';
import { ReceiptConfirmedResponse } from './dto/receipt-confirmed.response';

/** The buyer's side of the escrow (buyer token from the buyer portal's one-time code). */
@ApiTags('buyers')
@Controller('v1/public/escrows')
export class ConfirmReceiptController {
  constructor(private readonly confirmReceipt: ConfirmReceiptUseCase) {}

  @Post(':orderCode/confirm-receipt')
  @HttpCode(HttpStatus.OK)
  @BuyerAuth()
  @ApiOperation({
    summary: 'Confirm receipt: release the money to the seller now',
    description:
      'Ends the inspection window early and releases the money to the seller. WARNING for the buyer: this also ends the time to open a complaint ' +
      '(except "not received"). Only during the inspection window, and only for the order the buyer token opens.',
  })
  @ApiParam({ name: 'orderCode', example: 'TC-7KQ4-M2XD' })
  @ApiOkResponse({ type: ReceiptConfirmedResponse, description: 'Released (or already released).' })
  @ApiUnauthorizedResponse({ description: 'No valid buyer token.' })
  @ApiNotFoundResponse({ description: 'No such order for this buyer token.' })
  @ApiConflictResponse({ description: 'Not in its inspection window (not delivered yet, disputed, refunded…).' })
  async confirm(@Param('orderCode') orderCode: string, @CurrentBuyerGrant() grant: BuyerGrant): Promise<ReceiptConfirmedResponse> {
    const result = await this.confirmReceipt.execute(orderCode.toUpperCase(), grant);
    if (result.kind === 'not-found') {
      throw new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: 'No order with this code for this buyer token.' });
    }
    if (result.kind === 'not-in-inspection') {
      throw new ProblemException({
        status: HttpStatus.CONFLICT,
        type: 'not-in-inspection',
        title: 'Not in the inspection window',
        detail: `Receipt can be confirmed only after delivery and before the window ends; the escrow is ${result.state}.`,
      });
    }
    return { orderCode, state: result.state, alreadyReleased: result.kind === 'already-released' };
  }
}
