import { Body, Controller, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PayoutAccountV1 } from '@trustcircle/contracts';
import { type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal } from '@trustcircle/security';
import { GetPayoutAccountQuery } from '../application/get-payout-account/get-payout-account.query';
import { RegisterPayoutAccountUseCase } from '../application/register-payout-account/register-payout-account.use-case';
import { PAYOUT_ACCOUNT_BODY } from './dto/payout-account.openapi';
import { PayoutAccountResponse } from './dto/payout-account.response';

/** A marketplace's seller id: 1–100 characters, none of them a control character. */
function validSellerId(raw: string): boolean {
  return raw.length >= 1 && raw.length <= 100 && ![...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

function sellerIdOf(raw: string): string {
  if (!validSellerId(raw)) {
    throw new ProblemException({ status: HttpStatus.BAD_REQUEST, type: 'validation-error', title: 'Your request is not valid', detail: 'sellerId must be 1–100 characters', field: 'sellerId' });
  }
  return raw;
}

/** Seller payout accounts, registered by their marketplace (Bearer API key). A marketplace sees only its own sellers. */
@ApiTags('sellers')
@ApiKeyAuth('marketplace')
@Controller('v1/sellers/:sellerId/payout-account')
export class PayoutAccountsController {
  constructor(
    private readonly register: RegisterPayoutAccountUseCase,
    private readonly getAccount: GetPayoutAccountQuery,
  ) {}

  @Put()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Register or replace the seller’s payout account',
    description: 'Used for payouts of orders that carry no account. Payouts waiting for an account are issued at once. The same body again answers the same.',
  })
  @ApiParam({ name: 'sellerId', description: 'Your own seller id (1–100 characters).' })
  @ApiBody(PAYOUT_ACCOUNT_BODY)
  @ApiOkResponse({ type: PayoutAccountResponse })
  async put(@Param('sellerId') sellerId: string, @Body() body: PayoutAccountV1, @CurrentPrincipal() principal: Principal): Promise<PayoutAccountResponse> {
    const record = await this.register.execute({ marketplaceId: marketplaceOf(principal), sellerId: sellerIdOf(sellerId), account: body });
    return PayoutAccountResponse.of(record);
  }

  @Get()
  @ApiOperation({ summary: 'The seller’s registered payout account (masked)' })
  @ApiParam({ name: 'sellerId', description: 'Your own seller id.' })
  @ApiOkResponse({ type: PayoutAccountResponse })
  @ApiNotFoundResponse({ description: 'No account registered for this seller.' })
  async get(@Param('sellerId') sellerId: string, @CurrentPrincipal() principal: Principal): Promise<PayoutAccountResponse> {
    const record = await this.getAccount.execute(marketplaceOf(principal), sellerIdOf(sellerId));
    if (!record) {
      throw new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'payout-account-not-found', title: 'Payout account not found', detail: 'No payout account is registered for this seller.' });
    }
    return PayoutAccountResponse.of(record);
  }
}

function marketplaceOf(principal: Principal): string {
  return principal.partnerId ?? principal.id;
}
