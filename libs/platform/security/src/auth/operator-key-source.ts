import type { OperatorVerificationKey } from '../tokens/operator-token';

/**
 * Where `@OperatorAuth()` finds the public keys operator tokens are signed with. Services use their partner
 * directory (keys learned from `partners.operator-signing-key-published`); the console its own registry.
 */
export interface OperatorKeySource {
  /** The verification key of `kid`, if known and not revoked. */
  operatorKey(kid: string): Promise<OperatorVerificationKey | undefined>;
  /**
   * Whether the operator may still act. Optional: the console checks its registry; services, which know no
   * operators, rely on the tokens' short lifetime.
   */
  operatorActive?(operatorId: string): Promise<boolean>;
}

/** Injection token of the {@link OperatorKeySource}. */
export const OPERATOR_KEY_SOURCE = Symbol.for('trustcircle.operator-key-source');
