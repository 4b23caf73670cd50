import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { BuyerAuthGuard } from './buyer-auth.guard';

/**
 * Requires a buyer token (from `POST /v1/public/sessions`) and sets `req.principal = {kind: 'buyer', id: orderId}`
 * (read it with `@CurrentPrincipal()`). The token opens one order: a handler must answer 404 for any other.
 * A module using it imports `BuyerAccessModule` (which exports what the guard needs).
 *
 * @example @Get(':code') @BuyerAuth() read(@CurrentPrincipal() buyer: Principal, @Param('code') code: string)
 */
export function BuyerAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(BuyerAuthGuard),
    ApiBearerAuth('buyer'),
    ApiUnauthorizedResponse({ description: 'Missing, expired or invalid buyer token (problem+json).' }),
  );
}
