import { IsIn, Matches } from 'class-validator';
import { IsNestedObject } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { SIGNING_KEY_STATUSES, type SigningKeyStatus } from './partner-vocabulary';

/** A key id: 8–64 letters, digits, `_` and `-` (e.g. an RFC 7638 thumbprint). */
export const SIGNING_KEY_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** An Ed25519 public key as a JWK (RFC 8037). Public material only: never a `d`. */
export class Ed25519PublicJwkV1 {
  /** Always `OKP`. */
  @IsIn(['OKP'])
  kty!: 'OKP';

  /** Always `Ed25519`. */
  @IsIn(['Ed25519'])
  crv!: 'Ed25519';

  /** The 32-byte public key, base64url without padding (43 characters). */
  @Matches(/^[A-Za-z0-9_-]{43}$/)
  x!: string;
}

/**
 * `partners.operator-signing-key-published` v1: the console published (or retired, or revoked) a public key it
 * signs operator tokens with. Services verify operator tokens (EdDSA JWTs, `kid` header) against these keys.
 * On the compacted partner directory, keyed by the key id.
 */
export class OperatorSigningKeyPublishedV1 {
  /** The key id: the tokens' `kid` header. The Kafka key. */
  @Matches(SIGNING_KEY_ID)
  kid!: string;

  /** Always `EdDSA` (Ed25519). */
  @IsIn(['EdDSA'])
  alg!: 'EdDSA';

  /** ACTIVE, RETIRED (verify tokens already issued) or REVOKED (refuse at once). */
  @IsIn(SIGNING_KEY_STATUSES)
  status!: SigningKeyStatus;

  /** The public key. */
  @IsNestedObject(() => Ed25519PublicJwkV1)
  publicJwk!: Ed25519PublicJwkV1;

  /** When the key was first published (ISO-8601 UTC). */
  @IsUtcTimestamp()
  publishedAt!: string;

  /** After this no token signed with it is accepted (ISO-8601 UTC); null: until retired or revoked. */
  @IsNullable() @IsUtcTimestamp()
  notAfter!: string | null;
}
