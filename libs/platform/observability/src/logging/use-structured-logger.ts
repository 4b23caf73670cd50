import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/**
 * Routes Nest's own logger (and every `new Logger(…)` in the code) through pino, then flushes what was buffered
 * during boot (create the app with `{ bufferLogs: true }`).
 *
 * @returns false (and changes nothing) when the app has no {@link LoggingModule}.
 */
export function useStructuredLogger(app: INestApplicationContext): boolean {
  let logger: Logger;
  try {
    logger = app.get(Logger);
  } catch {
    return false;
  }
  app.useLogger(logger);
  app.flushLogs();
  return true;
}
