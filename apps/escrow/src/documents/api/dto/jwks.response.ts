import { ApiProperty } from '@nestjs/swagger';

class JwkResponse {
  @ApiProperty({ example: 'OKP' }) kty!: 'OKP';
  @ApiProperty({ example: 'Ed25519' }) crv!: 'Ed25519';
  @ApiProperty({ description: 'base64url of the public key.' }) x!: string;
  @ApiProperty() kid!: string;
  @ApiProperty({ example: 'EdDSA' }) alg!: 'EdDSA';
  @ApiProperty({ example: 'sig' }) use!: 'sig';
}

/** The document signing key set (RFC 7517): the active key and the retired ones, which still verify. */
export class JwksResponse {
  @ApiProperty({ type: [JwkResponse] })
  keys!: JwkResponse[];
}
