import { ServiceEnv, ToBool, ToList, ToInt } from '@trustcircle/config';
import { IsBoolean, IsInt, Matches, Max, Min } from 'class-validator';

/** The console's configuration: the platform variables, plus the partner registry's, operator tokens' and operator sessions'. */
export class ConsoleEnv extends ServiceEnv {
  /** Lifetime of an operator token (EdDSA JWT) in seconds; services accept it until then. */
  @ToInt() @IsInt() @Min(60) @Max(86_400)
  OPERATOR_TOKEN_TTL_SECONDS = 3600;

  /** Default time, in hours, the old credentials stay valid after a rotation (two valid meanwhile). */
  @ToInt() @IsInt() @Min(0) @Max(720)
  CREDENTIAL_ROTATION_OVERLAP_HOURS = 72;

  /** Serve the dev proxy: `/v1/...` on the console's port reaches the owning service (no CORS for browsers). */
  @ToBool() @IsBoolean()
  DEV_PROXY_ENABLED = true;

  /**
   * Where the dev proxy finds each service, `service=url` pairs, comma-separated, e.g.
   * `orders=http://127.0.0.1:3001`. Services not listed are found on 127.0.0.1 at their usual port.
   */
  @ToList() @Matches(/^[a-z-]+=https?:\/\/[^\s,]+$/, { each: true })
  DEV_PROXY_TARGETS: string[] = [];

  /** Lifetime, in seconds, of the access token a sign-in or a refresh answers (never past the session's end). */
  @ToInt() @IsInt() @Min(60) @Max(3600)
  OPERATOR_ACCESS_TOKEN_TTL_SECONDS = 600;

  /** Absolute lifetime of an operator session, in hours: then the operator signs in again, however active. */
  @ToInt() @IsInt() @Min(1) @Max(24)
  OPERATOR_SESSION_MAX_HOURS = 8;

  /** An operator session not refreshed for this many minutes has ended. */
  @ToInt() @IsInt() @Min(5) @Max(480)
  OPERATOR_SESSION_IDLE_MINUTES = 30;

  /** Always mark the refresh-token cookie `Secure` (set it when TLS ends at a proxy; over https it is anyway). */
  @ToBool() @IsBoolean()
  OPERATOR_REFRESH_COOKIE_SECURE = false;

  /**
   * Where the live overview polls each service's `/health/ready` and `/metrics`, `service=url` pairs,
   * comma-separated, e.g. `orders=http://orders:3001`. Services not listed (the console included) are polled on
   * 127.0.0.1 at their usual port.
   */
  @ToList() @Matches(/^[a-z-]+=https?:\/\/[^\s,]+$/, { each: true })
  SERVICE_HEALTH_TARGETS: string[] = [];

  /** How often the overview polls every service's health and metrics, in milliseconds. */
  @ToInt() @IsInt() @Min(500) @Max(300_000)
  SERVICE_HEALTH_POLL_MS = 5000;

  /** How long one health or metrics request may take before the service is shown DOWN, in milliseconds. */
  @ToInt() @IsInt() @Min(100) @Max(60_000)
  SERVICE_HEALTH_TIMEOUT_MS = 2000;

  /** Seconds between the heartbeat comments of the live overview stream (keeps proxies from closing it). */
  @ToInt() @IsInt() @Min(1) @Max(300)
  OVERVIEW_HEARTBEAT_SECONDS = 15;
}
