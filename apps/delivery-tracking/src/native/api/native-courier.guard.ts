import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RequestWithPrincipal } from '@trustcircle/http';
import { ipAllowed, PartnerDirectory, SecurityLog } from '@trustcircle/security';
import type { Request } from 'express';
import { VerifyNativeTokenQuery } from '../application/verify-native-token/verify-native-token.query';
import { courierIpNotAllowed, invalidCourierToken } from '../application/native-problems';
import type { NativeFormat } from '../domain/native-format';

/** Metadata key of {@link NativeCourierWebhook}: the native format of the endpoint. */
export const NATIVE_COURIER_FORMAT = 'delivery:native-courier-format';

/**
 * The guard of a courier's own webhook format (GHN, Viettel Post), which carries no signature. In this order:
 * 1. the `courierId` path parameter names an ACTIVE COURIER of the partner directory;
 * 2. the peer address is in the courier's `ipAllowList` (partner settings), if it has one (else 403 `ip-not-allowed`);
 * 3. the token (GHN: the `token` path parameter; Viettel Post: the body's `TOKEN`) is one of the courier's valid
 *    native tokens for this format (hash compared in constant time).
 * Failing 1 or 3 → 401 `invalid-courier-token` (never says which) and a security log line; nothing is stored. The
 * token itself is never logged: the line carries a path with the token redacted.
 */
@Injectable()
export class NativeCourierGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly directory: PartnerDirectory,
    private readonly verifyToken: VerifyNativeTokenQuery,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const format = this.reflector.getAllAndOverride<NativeFormat>(NATIVE_COURIER_FORMAT, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const courierId = String(req.params?.courierId ?? '');
    const logged = loggableRequest(req);
    const refuse = (event: string): never => {
      SecurityLog.refused(event, logged, { courierId, format });
      throw invalidCourierToken();
    };
    const courier = await this.directory.get(courierId);
    if (!courier || courier.kind !== 'COURIER') refuse('native-webhook-unknown-courier');
    const c = courier as NonNullable<typeof courier>;
    if (c.status !== 'ACTIVE') refuse('native-webhook-courier-disabled');
    if (!ipAllowed(req.ip, c.settings.ipAllowList ?? [])) {
      SecurityLog.refused('native-webhook-ip-not-allowed', logged, { courierId, format });
      throw courierIpNotAllowed();
    }
    const presented = format === 'GHN' ? req.params?.token : tokenInBody(req.body);
    if (typeof presented !== 'string' || presented === '') refuse('native-webhook-token-missing');
    if (!(await this.verifyToken.execute(courierId, format, presented as string))) refuse('native-webhook-token-wrong');
    req.principal = { kind: 'courier', id: courierId, partnerId: courierId };
    return true;
  }
}

function tokenInBody(body: unknown): unknown {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).TOKEN : undefined;
}

/**
 * What the security log may see of the request: its method, peer address and path, the path's last segment
 * redacted on the GHN route (it is the token).
 */
export function loggableRequest(req: Request): Request {
  const path = req.params?.token ? req.path.replace(/\/ghn\/[^/]*$/, '/ghn/[REDACTED]') : req.path;
  return { method: req.method, path, ip: req.ip } as Request;
}
