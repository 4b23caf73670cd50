import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException } from '@trustcircle/http';
import { toVnd } from '@trustcircle/kernel';
import { CurrentPrincipal, SignedWebhook } from '@trustcircle/security';
import { RecordPaymentUseCase } from '../application/record-payment/record-payment.use-case';
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
      'A payment for an escrow no longer awaiting funding is recorded as excess. A repeat of a partnerTxnId answers as the first did.',
  })
  @ApiParam({ name: 'partnerId', format: 'uuid', description: 'Your payment partner id.' })
  @ApiCreatedResponse({ type: PaymentRecordedResponse, description: 'Recorded (or a repeat of a recorded partnerTxnId).' })
  @ApiBadRequestResponse({ description: 'A field is invalid (problem+json naming it).' })
  @ApiNotFoundResponse({ description: 'No such order among the marketplaces you serve.' })
  async record(@Body() body: RecordPaymentBody, @CurrentPrincipal() principal: Principal): Promise<PaymentRecordedResponse> {
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
    return PaymentRecordedResponse.of(result.payment);
  }
}
