import { Logger } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Security log lines (logger `Security`, level warn): refused credentials, forged or stale webhooks. They name
 * the event, the route, the peer address and public ids (key id, partner id, kid, webhook id); never a secret,
 * a token, a signature or a body.
 */
export class SecurityLog {
  private static readonly logger = new Logger('Security');

  static refused(event: string, req: Request, details: Record<string, string | undefined>): void {
    const parts = Object.entries({ ...details, method: req.method, path: req.path, ip: req.ip })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    SecurityLog.logger.warn(`security: ${event} ${parts.join(' ')}`);
  }
}
