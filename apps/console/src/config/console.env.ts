import { ServiceEnv, ToBool, ToList, ToInt } from '@trustcircle/config';
import { IsBoolean, IsInt, Matches, Max, Min } from 'class-validator';

/** The console's configuration: the platform variables, plus the partner registry's and operator tokens'. */
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
}
