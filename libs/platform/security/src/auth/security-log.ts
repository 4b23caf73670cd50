import { Logger } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Security log lines (logger `Security`, level warn): refused credentials, forged or stale webhooks and intake
 * records. They name the event, the route and peer address (or a record's topic, partition and offset) and public
 * ids (key id, partner id, kid, webhook id); never a secret, a token, a signature or a body.
 */
export class SecurityLog {
  private static readonly logger = new Logger('Security');

  static refused(event: string, req: Request, details: Record<string, string | undefined>): void {
    const parts = Object.entries({ ...details, method: req.method, path: req.path, ip: req.ip })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    SecurityLog.logger.warn(`security: ${event} ${parts.join(' ')}`);
  }

  /** A refused Kafka record (e.g. an intake record whose signature does not verify): public ids and its position. */
  static refusedRecord(event: string, details: Record<string, string | number | undefined>): void {
    const parts = Object.entries(details)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    SecurityLog.logger.warn(`security: ${event} ${parts.join(' ')}`);
  }
}
