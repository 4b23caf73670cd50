import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal, RequestWithPrincipal } from '@trustcircle/http';
import type { OperatorRole } from '../tokens/operator-token';
import { API_KEY_AUTH_METADATA, OPERATOR_AUTH_METADATA } from './auth-metadata';
import { BearerAuthGuard } from './bearer-auth.guard';
import type { PartnerPrincipalKind } from './partner-principal-kind';

const docs = [
  ApiBearerAuth('bearer'),
  ApiUnauthorizedResponse({ description: 'Missing or invalid credentials (problem+json, `WWW-Authenticate: Bearer`).' }),
  ApiForbiddenResponse({ description: 'Valid credentials that may not use this endpoint (problem+json).' }),
];

/**
 * Requires a partner API key (`Authorization: Bearer tc_…`) of one of `kinds`, and sets `req.principal` to
 * `{ kind, id: partnerId, partnerId }`. On a method or a controller (the method's wins). Combine with
 * `@OperatorAuth()` to accept an operator token as well. Needs `PartnerDirectoryModule`.
 *
 * @example @Post() @ApiKeyAuth('marketplace') place(@CurrentPrincipal() p: Principal, …)
 */
export function ApiKeyAuth(...kinds: [PartnerPrincipalKind, ...PartnerPrincipalKind[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(API_KEY_AUTH_METADATA, kinds), UseGuards(BearerAuthGuard), ...docs);
}

/**
 * Requires an operator token (`Authorization: Bearer <EdDSA JWT>` from the console) whose role is at least the
 * weakest of `roles` (viewer < mediator < admin; none listed: any operator), and sets `req.principal` to
 * `{ kind: 'operator', id: operatorId, roles }`, `roles` being the operator's role and every weaker one. On a
 * method or a controller (the method's wins: a controller of admins may let viewers GET).
 *
 * @example @Controller('v1/admin/partners') @OperatorAuth('admin') class … { @Get() @OperatorAuth('viewer') list() }
 */
export function OperatorAuth(...roles: OperatorRole[]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(OPERATOR_AUTH_METADATA, roles), UseGuards(BearerAuthGuard), ...docs);
}

/** The authenticated {@link Principal} of the request (set by the security guards). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
});
