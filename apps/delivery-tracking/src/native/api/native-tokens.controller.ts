import { Body, Controller, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { IssueNativeTokenUseCase } from '../application/issue-native-token/issue-native-token.use-case';
import { IssueNativeTokenBody } from './dto/issue-native-token.body';
import { NativeTokenResponse } from './dto/native-token.response';

/**
 * Operators (admins) issue a courier's native webhook token for GHN or Viettel Post. Not `@Idempotent()` on
 * purpose: a replayed answer would have to keep the token in the idempotency store; a repeated call simply
 * rotates again.
 */
@ApiTags('couriers')
@Controller('v1/couriers/:courierId/native-token')
@OperatorAuth('admin')
export class NativeTokensController {
  constructor(private readonly issue: IssueNativeTokenUseCase) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Issue (or rotate) a courier’s native webhook token (admin)',
    description:
      'Answers the token once; only its SHA-256 is kept. GHN: configure the returned `webhookPath` (the token is in it); Viettel ' +
      'Post: configure the token as the webhook TOKEN. Issuing again rotates: the previous token stays valid for ' +
      '`previousValidForHours` (default NATIVE_TOKEN_ROTATION_GRACE_HOURS), 0 replaces it at once; a token already in its grace ' +
      'period ends now, so at most two are valid.',
  })
  @ApiParam({ name: 'courierId', format: 'uuid' })
  @ApiCreatedResponse({ type: NativeTokenResponse })
  @ApiNotFoundResponse({ description: 'No courier with this id (problem+json).' })
  @ApiConflictResponse({ description: 'The courier is not active (problem+json).' })
  async create(@Param('courierId', new ParseUUIDPipe()) courierId: string, @Body() body: IssueNativeTokenBody, @CurrentPrincipal() principal: Principal): Promise<NativeTokenResponse> {
    const issued = await this.issue.execute({ courierId, format: body.format, previousValidForHours: body.previousValidForHours ?? null, issuedBy: principal.id });
    return {
      tokenId: issued.tokenId,
      courierId: issued.courierId,
      format: issued.format,
      token: issued.token,
      webhookPath: issued.format === 'GHN' ? `/v1/couriers/${courierId}/ghn/${issued.token}` : `/v1/couriers/${courierId}/viettel-post`,
      issuedAt: issued.issuedAt.toISOString(),
      previousValidUntil: issued.previousValidUntil?.toISOString() ?? null,
    };
  }
}
