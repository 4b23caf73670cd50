import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException } from '@trustcircle/http';
import { toVnd } from '@trustcircle/kernel';
import { CurrentPrincipal, SignedWebhook } from '@trustcircle/security';
import type { Response } from 'express';
import { RecordPaymentUseCase } from '../application/record-payment/record-payment.use-case';
import type { MatchedPayment } from '../infrastructure/payment.orm-entity';
import { PaymentParkedResponse } from './dto/payment-parked.response';
import { PaymentRecordedResponse } from './dto/payment-recorded.response';
import { RecordPaymentBody } from './dto/record-payment.body';

/** The payment partner edge: payments reported by a payment partner (signed webhooks). */
@ApiTags('payment-partners')
@Controller('v1/partners/:partnerId/payments')
export class PaymentsController {
  constructor(private readonly recordPayment: RecordPaymentUseCase) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @SignedWebhook('payment-partner', { partnerIdParam: 'partnerId' })
  @ApiOperation({
    summary: 'Report a payment for an order (by orderId or paymentReference)',
    description:
      'Funds the order’s escrow: EXACT → FUNDED; UNDERPAID → waits for a top-up; OVERPAID → FUNDED, the excess is refunded. ' +
      'A payment for an escrow no longer awaiting funding is recorded as excess. A payment for an order not known yet is parked (202): ' +
      'matched when the order arrives (if you serve its marketplace), refunded after the match deadline. A repeat of a partnerTxnId ' +
      'answers as the first did: a retried webhook message gets the very first answer; a new message gets the same status code ' +
      '(201 matched at once, 202 parked first) with the payment as it is now (a parked one may have been MATCHED or EXPIRED since).',
  })
  @ApiParam({ name: 'partnerId', format: 'uuid', description: 'Your payment partner id.' })
  @ApiCreatedResponse({ type: PaymentRecordedResponse, description: 'Applied to its order (or a repeat of such a partnerTxnId).' })
  @ApiAcceptedResponse({ type: PaymentParkedResponse, description: 'Order not known yet: parked (or a repeat of a parked partnerTxnId, with its current status).' })
  @ApiBadRequestResponse({ description: 'A field is invalid (problem+json naming it).' })
  @ApiNotFoundResponse({ description: 'The order belongs to a marketplace you do not serve.' })
  async record(
    @Body() body: RecordPaymentBody,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PaymentRecordedResponse | PaymentParkedResponse> {
    const target = body.orderId !== undefined ? { orderId: body.orderId } : { paymentReference: body.paymentReference as string };
    const result = await this.recordPayment.execute({
      partnerId: principal.partnerId ?? principal.id,
      target,
      partnerTxnId: body.partnerTxnId,
      amount: toVnd(body.amount),
      currency: body.currency,
      paidAt: new Date(body.paidAt),
    });
    if (result.kind === 'not-found') {
      throw new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: 'No order matches this payment among the marketplaces you serve.' });
    }
    // A payment that was parked first keeps answering 202 (its first answer), whatever became of it since.
    if (result.payment.matchDeadline !== null) {
      res.status(HttpStatus.ACCEPTED);
      return PaymentParkedResponse.of(result.payment);
    }
    return PaymentRecordedResponse.of(result.payment as MatchedPayment);
  }
}
