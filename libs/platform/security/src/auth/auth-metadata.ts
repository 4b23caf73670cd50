import type { OperatorRole } from '../tokens/operator-token';
import type { PartnerPrincipalKind } from './partner-principal-kind';

/** Metadata of `@ApiKeyAuth()`: the partner kinds whose API keys are accepted. */
export const API_KEY_AUTH_METADATA = 'tc:auth:api-key';
/** Metadata of `@OperatorAuth()`: the roles accepted (the weakest listed is the minimum; empty: any operator). */
export const OPERATOR_AUTH_METADATA = 'tc:auth:operator';

export type ApiKeyAuthMetadata = readonly PartnerPrincipalKind[];
export type OperatorAuthMetadata = readonly OperatorRole[];
