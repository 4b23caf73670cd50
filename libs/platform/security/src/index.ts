// Crypto
export { PlatformKeyring, platformKeyId, SealedValueError, type SealedValue } from './crypto/platform-keyring';
export { PlatformCryptoModule } from './crypto/platform-crypto.module';
export { API_KEY_PATTERN, apiKeyHash, generateApiKey, parseApiKey, type ApiKeyKindTag, type GeneratedApiKey } from './crypto/api-key';
export { generateWebhookSecret, webhookSecretAad, WEBHOOK_SECRET_PATTERN, type GeneratedWebhookSecret } from './crypto/webhook-secret';
export { constantTimeEqual, sha256Hex } from './crypto/secure-compare';
// Tokens
export {
  decodeJwtHeader,
  generateSigningKey,
  jwkThumbprint,
  JwtError,
  privateKeyFromDer,
  publicJwkOf,
  publicKeyFromJwk,
  signJwt,
  verifyJwtSignature,
  type Ed25519PublicJwk,
  type GeneratedSigningKey,
} from './tokens/ed25519-jwt';
export {
  impliedRoles,
  isOperatorRole,
  OPERATOR_ROLES,
  OPERATOR_TOKEN_AUDIENCE,
  OPERATOR_TOKEN_ISSUER,
  roleRank,
  signOperatorToken,
  verifyOperatorToken,
  type OperatorIdentity,
  type OperatorRole,
  type OperatorVerificationKey,
} from './tokens/operator-token';
export {
  BUYER_TOKEN_AUDIENCE,
  BUYER_TOKEN_ISSUER,
  BUYER_TOKEN_LEEWAY_SECONDS,
  signBuyerToken,
  verifyBuyerToken,
  type BuyerGrant,
} from './tokens/buyer-token';
export { BUYER_TOKEN_KEY_INFO, deriveBuyerTokenKeys, derivePlatformSubkey, type BuyerTokenKeys } from './tokens/buyer-token-keys';
// Partner directory
export { partnerDirectoryTablesV1, dropPartnerDirectoryTablesV1 } from './directory/partner-directory-schema';
export { PARTNER_DIRECTORY_ENTITIES, PartnerDirectoryRecord, OperatorSigningKeyRecord } from './directory/partner-directory.orm-entity';
export { PartnerDirectory, DIRECTORY_CACHE_TTL_MS, type ApiKeyAuthentication } from './directory/partner-directory';
export { PartnerDirectoryWriter } from './directory/partner-directory.writer';
export { PartnerDirectoryModule } from './directory/partner-directory.module';
export { PartnerDirectoryOnPartnerUpserted } from './directory/partner-upserted.handler';
export { PartnerDirectoryOnSigningKeyPublished } from './directory/signing-key-published.handler';
export { credentialValid, type DirectoryPartner } from './directory/directory-partner';
// Authentication
export { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from './auth/auth.decorators';
export { BearerAuthGuard } from './auth/bearer-auth.guard';
export { OperatorAuthModule } from './auth/operator-auth.module';
export { OPERATOR_KEY_SOURCE, type OperatorKeySource } from './auth/operator-key-source';
export { principalKindOf, type PartnerPrincipalKind } from './auth/partner-principal-kind';
export { SecurityLog } from './auth/security-log';
export { BuyerAuth, CurrentBuyerGrant } from './auth/buyer-auth.decorators';
export { BuyerAuthGuard, type RequestWithBuyer } from './auth/buyer-auth.guard';
export { BuyerAuthModule } from './auth/buyer-auth.module';
export { BuyerTokenVerifier } from './auth/buyer-token-verifier';
// Signed webhooks
export { SignedWebhook, type SignedWebhookOptions } from './webhooks/signed-webhook.decorator';
export { SignedWebhookGuard } from './webhooks/signed-webhook.guard';
export { SignedWebhookInterceptor, WEBHOOK_REPLAYED_HEADER } from './webhooks/signed-webhook.interceptor';
export { WebhookReplayStore } from './webhooks/webhook-replay.store';
export { WEBHOOK_REPLAY_TTL_SECONDS } from './webhooks/webhook-replay-record';
export {
  judgeWebhookTimestamp,
  readWebhookHeaders,
  signWebhook,
  verifyWebhookSignature,
  WEBHOOK_TOLERANCE_SECONDS,
  type WebhookHeaders,
} from './webhooks/standard-webhook';
export { ipAllowed } from './webhooks/ip-allow-list';
// Signed Kafka intake records
export {
  INTAKE_FUTURE_TOLERANCE_SECONDS,
  judgeIntakeSignature,
  signIntakeRecord,
  type IntakeSignatureHeaders,
  type IntakeSignatureProblem,
  type IntakeSignatureVerdict,
} from './intake/intake-signature';
export { IntakeSignatureVerifier } from './intake/intake-signature.verifier';
