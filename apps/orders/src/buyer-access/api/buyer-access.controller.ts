import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemException, RateLimit, RateLimitKeys } from '@trustcircle/http';
import { SecurityLog } from '@trustcircle/security';
import type { Request } from 'express';
import { OpenSessionUseCase } from '../application/open-session/open-session.use-case';
import { RequestOtpUseCase } from '../application/request-otp/request-otp.use-case';
import { BUYER_TOKEN_TTL_SECONDS, OTP_LIMIT_PER_IP, OTP_LIMIT_PER_PHONE, SESSION_LIMIT_PER_IP, SESSION_LIMIT_PER_PHONE } from '../domain/buyer-access-policy';
import { BuyerSessionResponse } from './buyer-session.response';
import { OpenSessionRequest } from './open-session.request';
import { OtpAcceptedResponse } from './otp-accepted.response';
import { RequestOtpRequest } from './request-otp.request';

/** Buyer access without an account: a one-time code by SMS, exchanged for a token for one order. */
@ApiTags('buyer access')
@Controller('v1/public')
export class BuyerAccessController {
  constructor(
    private readonly requestOtp: RequestOtpUseCase,
    private readonly openSession: OpenSessionUseCase,
  ) {}

  @Post('otp')
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimit(
    { name: 'buyer-otp-per-phone', ...OTP_LIMIT_PER_PHONE, key: RateLimitKeys.phoneInBody('phone') },
    { name: 'buyer-otp-per-ip', ...OTP_LIMIT_PER_IP, key: RateLimitKeys.ip },
  )
  @ApiOperation({
    summary: 'Ask for a one-time code by SMS',
    description:
      'Always 202 with the same body, whether or not the order code and phone match an order: it reveals nothing, and answers before any work. ' +
      'When they match, a 6-digit code valid 5 minutes (5 tries) is texted to the order’s buyer phone; a new request replaces the previous code. ' +
      'Limits: 3 requests per phone per 15 minutes, 20 per IP per hour (429 problem+json with Retry-After).',
  })
  @ApiAcceptedResponse({ type: OtpAcceptedResponse })
  request(@Body() body: RequestOtpRequest): OtpAcceptedResponse {
    this.requestOtp.submit({ orderCode: body.orderCode, phone: body.phone });
    return OtpAcceptedResponse.INSTANCE;
  }

  @Post('sessions')
  @HttpCode(HttpStatus.OK)
  @RateLimit(
    { name: 'buyer-session-per-phone', ...SESSION_LIMIT_PER_PHONE, key: RateLimitKeys.phoneInBody('phone') },
    { name: 'buyer-session-per-ip', ...SESSION_LIMIT_PER_IP, key: RateLimitKeys.ip },
  )
  @ApiOperation({
    summary: 'Exchange the one-time code for a buyer token',
    description:
      `Answers a token (EdDSA JWT, ${BUYER_TOKEN_TTL_SECONDS / 60} minutes) for that one order and uses the code up. ` +
      'Every try uses one of the code’s 5; a wrong, expired or used-up code answers 401 `invalid-otp` (the same for every reason). ' +
      'Limits: 10 per phone per 15 minutes, 60 per IP per hour.',
  })
  @ApiOkResponse({ type: BuyerSessionResponse })
  @ApiUnauthorizedResponse({ description: 'The code is wrong, expired or used up (problem+json `invalid-otp`).' })
  async open(@Body() body: OpenSessionRequest, @Req() req: Request): Promise<BuyerSessionResponse> {
    const result = await this.openSession.execute({ orderCode: body.orderCode, phone: body.phone, otp: body.otp });
    if (result.kind === 'refused') {
      SecurityLog.refused('buyer-otp-refused', req, { reason: result.reason, triesLeft: result.triesLeft === undefined ? undefined : String(result.triesLeft) });
      throw new ProblemException({
        status: HttpStatus.UNAUTHORIZED,
        type: 'invalid-otp',
        title: 'The code is not valid',
        detail: 'The code is wrong, has expired or was used up. Request a new code.',
        field: 'otp',
      });
    }
    return { accessToken: result.token, tokenType: 'Bearer', expiresIn: BUYER_TOKEN_TTL_SECONDS, expiresAt: result.expiresAt.toISOString(), orderCode: result.orderCode };
  }
}
