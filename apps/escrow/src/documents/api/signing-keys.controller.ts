import { Controller, HttpCode, HttpStatus, Logger, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { DocumentSigningKeys } from '../application/signing-keys/document-signing-keys';
import { RotationResponse } from './dto/rotation.response';

/** Rotating the document signing key (admins). */
@ApiTags('documents')
@Controller('v1/documents/signing-keys')
export class SigningKeysController {
  private readonly logger = new Logger(SigningKeysController.name);

  constructor(private readonly keys: DocumentSigningKeys) {}

  @Post('rotate')
  @HttpCode(HttpStatus.OK)
  @OperatorAuth('admin')
  @ApiOperation({
    summary: 'Rotate the document signing key (admin)',
    description: 'Retires the active Ed25519 key (it keeps verifying, and stays in /.well-known/jwks.json) and creates a new one, which signs every document from now on.',
  })
  @ApiOkResponse({ type: RotationResponse })
  async rotate(@CurrentPrincipal() principal: Principal): Promise<RotationResponse> {
    const result = await this.keys.rotate();
    this.logger.log({ msg: 'document signing key rotated', operatorId: principal.id, kid: result.kid, retiredKid: result.retiredKid });
    return result;
  }
}
