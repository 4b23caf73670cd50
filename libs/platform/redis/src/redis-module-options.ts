/** Options of {@link RedisModule.forRoot}; the app passes them from its validated config. */
export interface RedisModuleOptions {
  /** Connection URL, e.g. `redis://127.0.0.1:6379/0` (the path selects the logical database). */
  url: string;
  /**
   * The service segment of every key this service writes, e.g. `orders` gives keys `tc:orders:…`.
   * Lowercase letters, digits and dashes.
   */
  keyPrefix: string;
  /** How long one connection attempt may take, in ms. Default 5000. */
  connectTimeoutMs?: number;
  /** A command that gets no answer within this many ms fails. Default 2000. */
  commandTimeoutMs?: number;
  /** Name shown by `CLIENT LIST`; defaults to `tc:<keyPrefix>`. */
  connectionName?: string;
}
