import { Body, Controller, Delete, Header, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { RateLimit, RateLimitKeys, type RequestWithPrincipal } from '@trustcircle/http';
import { OperatorAuth, SecurityLog } from '@trustcircle/security';
import type { Request, Response } from 'express';
import { Audit, originOf } from '../../audit/application/audit';
import { ConsoleEnv } from '../../config/console.env';
import { RefreshSessionUseCase } from '../application/refresh-session/refresh-session.use-case';
import type { IssuedSession } from '../application/issued-session';
import { SignInUseCase } from '../application/sign-in/sign-in.use-case';
import { SignOutUseCase } from '../application/sign-out/sign-out.use-case';
import { AuthProblems } from '../domain/auth-problems';
import { clearRefreshCookieOptions, cookieValue, refreshCookieOptions } from '../domain/refresh-cookie';
import { sessionIdOfBearer } from '../domain/session-claim';
import { REFRESH_COOKIE, SIGN_IN_LIMIT_PER_IP, SIGN_IN_LIMIT_PER_NAME } from '../domain/sign-in-policy';
import { RefreshRequest } from './dto/refresh.request';
import { SessionResponse } from './dto/session.response';
import { SignInRequest } from './dto/sign-in.request';

/** The operator name of a sign-in body, as one subject however it is written (hashed before it reaches Redis). */
function nameInBody(req: RequestWithPrincipal): string | undefined {
  const name: unknown = (req.body as Record<string, unknown> | undefined)?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.normalize('NFC').trim().toLowerCase() : undefined;
}

/**
 * Operator sign-in and sessions. A sign-in answers a short access token (the operator token) and a refresh token,
 * in the body and, for the browser, in an HttpOnly cookie scoped to `/v1/auth`.
 */
@ApiTags('auth: operator sessions')
@Controller('v1/auth/sessions')
export class AuthSessionsController {
  constructor(
    private readonly signIn: SignInUseCase,
    private readonly refresh: RefreshSessionUseCase,
    private readonly signOut: SignOutUseCase,
    private readonly audit: Audit,
    private readonly env: ConsoleEnv,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Header('Cache-Control', 'no-store')
  @RateLimit(
    { name: 'operator-sign-in-per-name', ...SIGN_IN_LIMIT_PER_NAME, key: nameInBody },
    { name: 'operator-sign-in-per-ip', ...SIGN_IN_LIMIT_PER_IP, key: RateLimitKeys.ip },
  )
  @ApiOperation({
    summary: 'Sign in with name, password and TOTP code',
    description:
      'Opens a session (8 h at most, ended after 30 min without a refresh) and answers its tokens. Any mistake, or a code used already, answers the same ' +
      '401 `sign-in-failed`. Limits: 10 attempts per name and 30 per IP per 15 minutes, successful or not (429 with Retry-After).',
  })
  @ApiCreatedResponse({ type: SessionResponse })
  @ApiUnauthorizedResponse({ description: 'The name, password or code is not right, or the code was used already (problem+json `sign-in-failed`).' })
  async create(@Body() body: SignInRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const result = await this.signIn.execute({ name: body.name, password: body.password, totp: body.totp, origin: originOf(req) });
    if (result.kind === 'refused') {
      SecurityLog.refused('operator-sign-in-refused', req, { reason: result.reason, operatorId: result.operatorId });
      throw AuthProblems.signInFailed();
    }
    return this.answer(result.session, req, res);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Refresh: a new access token and a new refresh token',
    description:
      'Takes the refresh token from the body or the `tc_refresh` cookie, and uses it up. Presenting a used refresh token again revokes the session ' +
      '(it was copied). Refresh one request at a time per session.',
  })
  @ApiOkResponse({ type: SessionResponse })
  @ApiUnauthorizedResponse({ description: 'The session has ended or the token is not valid (problem+json `session-ended`): sign in again.' })
  async refreshSession(@Body() body: RefreshRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const result = await this.refresh.execute(body.refreshToken ?? cookieValue(req.headers.cookie, REFRESH_COOKIE.name), originOf(req));
    if (result.kind === 'refused') {
      SecurityLog.refused('operator-refresh-refused', req, { reason: result.reason });
      res.clearCookie(REFRESH_COOKIE.name, clearRefreshCookieOptions(this.secure(req)));
      throw AuthProblems.refreshRefused();
    }
    return this.answer(result.session, req, res);
  }

  @Delete('current')
  @HttpCode(HttpStatus.NO_CONTENT)
  @OperatorAuth()
  @ApiOperation({
    summary: 'Sign out',
    description: "Ends the session of the access token presented: its refresh token stops at once, its access tokens at the console at once (at services when they expire).",
  })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiBadRequestResponse({ description: 'The token was not issued by a sign-in (problem+json `not-a-session-token`).' })
  async remove(@Req() req: RequestWithPrincipal, @Res({ passthrough: true }) res: Response): Promise<void> {
    const sessionId = sessionIdOfBearer(req.headers.authorization);
    if (!sessionId || !req.principal) throw AuthProblems.notASession();
    await this.signOut.execute({ operatorId: req.principal.id, sessionId, actor: await this.audit.actorOf(req), origin: originOf(req) });
    res.clearCookie(REFRESH_COOKIE.name, clearRefreshCookieOptions(this.secure(req)));
  }

  private answer(session: IssuedSession, req: Request, res: Response): SessionResponse {
    res.cookie(REFRESH_COOKIE.name, session.refreshToken, refreshCookieOptions(this.secure(req), session.sessionExpiresAt.getTime() - session.issuedAt.getTime()));
    return SessionResponse.of(session);
  }

  private secure(req: Request): boolean {
    return this.env.OPERATOR_REFRESH_COOKIE_SECURE || req.secure;
  }
}
