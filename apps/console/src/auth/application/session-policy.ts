import type { ConsoleEnv } from '../../config/console.env';
import type { SessionPolicy } from '../domain/session-lifetime';

/** The session policy the console is configured with. */
export function sessionPolicyOf(env: ConsoleEnv): SessionPolicy {
  return {
    maxMs: env.OPERATOR_SESSION_MAX_HOURS * 3_600_000,
    idleMs: env.OPERATOR_SESSION_IDLE_MINUTES * 60_000,
    accessTokenSeconds: env.OPERATOR_ACCESS_TOKEN_TTL_SECONDS,
  };
}
