import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import { GetPartnerQuery } from '../application/get-partner/get-partner.query';
import type { PartnerView } from '../application/partner-view';
import { RevokeCredentialUseCase } from '../application/revoke-credential/revoke-credential.use-case';
import { RotateCredentialsUseCase } from '../application/rotate-credentials/rotate-credentials.use-case';
import type { IssuedCredentials } from '../application/credential-issuer';
import { PartnerViewDto, RotatedCredentialsDto } from './dto/partner-views.dto';
import { RotateCredentialsDto } from './dto/rotate-credentials.dto';

/** Rotating and revoking a partner's credentials (admins). */
@ApiTags('admin: partners')
@Controller('v1/admin/partners/:partnerId')
@OperatorAuth('admin')
export class PartnerCredentialsController {
  constructor(
    private readonly rotate: RotateCredentialsUseCase,
    private readonly revoke: RevokeCredentialUseCase,
    private readonly getPartner: GetPartnerQuery,
  ) {}

  /** Not `@Idempotent()`, for the reason given on partner creation: the answer holds credentials. */
  @Post('credential-rotations')
  @Audited('partner.credentials.rotate', { target: 'partner', targetId: 'partnerId' })
  @ApiOperation({
    summary: "Rotate a partner's credentials",
    description: 'Issues new credentials (shown once); the current ones stay valid for the overlap, so two are valid meanwhile.',
  })
  @ApiCreatedResponse({ type: RotatedCredentialsDto })
  @ApiNotFoundResponse({ description: 'No such partner.' })
  async rotateCredentials(
    @Param('partnerId') partnerId: string,
    @Body() body: RotateCredentialsDto,
  ): Promise<{ partner: PartnerView; credentials: IssuedCredentials; previousValidUntil: string }> {
    const rotated = await this.rotate.execute({ partnerId, target: body.credential, overlapHours: body.overlapHours });
    return { partner: await this.getPartner.execute(partnerId), credentials: rotated.credentials, previousValidUntil: rotated.previousValidUntil };
  }

  @Post('credentials/:credentialId/revoke')
  @Audited('partner.credential.revoke', { target: 'partner', targetId: 'partnerId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a credential at once', description: "By the API key's key id or the webhook secret's id. Idempotent." })
  @ApiOkResponse({ type: PartnerViewDto })
  @ApiNotFoundResponse({ description: 'No such partner or credential.' })
  async revokeCredential(@Param('partnerId') partnerId: string, @Param('credentialId') credentialId: string): Promise<PartnerView> {
    await this.revoke.execute({ partnerId, credentialId });
    return this.getPartner.execute(partnerId);
  }
}
