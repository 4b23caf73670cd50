import type { DestinationStream, LevelWithSilent } from 'pino';

/** Options of {@link LoggingModule.forRoot}; the app passes them from its validated config. */
export interface LoggingOptions {
  /** The service name, written as `service` on every line. */
  service: string;
  /** The lowest level written. */
  level: LevelWithSilent;
  /** Human-readable lines through pino-pretty (development only; production logs are JSON). */
  pretty?: boolean;
  /** Where lines go instead of stdout (tests capture them). Ignored when `pretty` is set. */
  stream?: DestinationStream;
  /** Request paths (prefixes) without an automatic "request completed" line. Default `['/health', '/metrics']`. */
  quietPaths?: string[];
}
