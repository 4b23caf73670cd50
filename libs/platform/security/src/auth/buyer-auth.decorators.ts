import { applyDecorators, createParamDecorator, type ExecutionContext, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { BuyerGrant } from '../tokens/buyer-token';
import { BuyerAuthGuard, type RequestWithBuyer } from './buyer-auth.guard';

/**
 * Requires a buyer token (issued by orders' `POST /v1/public/sessions`) and sets `req.principal =
 * {kind: 'buyer', id: orderId}` and `req.buyerGrant` (read them with `@CurrentPrincipal()` and
 * `@CurrentBuyerGrant()`). The token opens one order: a handler must answer 404 for anything else. The app
 * imports `BuyerAuthModule`.
 *
 * @example @Get(':code') @BuyerAuth() read(@CurrentBuyerGrant() grant: BuyerGrant, @Param('code') code: string)
 */
export function BuyerAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(BuyerAuthGuard),
    ApiBearerAuth('buyer'),
    ApiUnauthorizedResponse({ description: 'Missing, expired or invalid buyer token (problem+json).' }),
  );
}

/** The {@link BuyerGrant} of a request `@BuyerAuth()` let in (undefined on a route without it). */
export const CurrentBuyerGrant = createParamDecorator((_data: unknown, ctx: ExecutionContext): BuyerGrant | undefined => {
  return ctx.switchToHttp().getRequest<RequestWithBuyer>().buyerGrant;
});
