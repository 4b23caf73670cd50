import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DocumentSigningKeys } from '../application/signing-keys/document-signing-keys';
import { JwksResponse } from './dto/jwks.response';

/** The public keys that verify documents (public, cacheable). */
@ApiTags('documents')
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: DocumentSigningKeys) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The document signing keys (JWKS): the active key and the retired ones, which still verify' })
  @ApiOkResponse({ type: JwksResponse })
  async jwks(): Promise<JwksResponse> {
    const keys = await this.keys.verifying();
    return { keys: keys.map((k) => ({ ...k.publicJwk, kid: k.kid, alg: 'EdDSA' as const, use: 'sig' as const })) };
  }
}
