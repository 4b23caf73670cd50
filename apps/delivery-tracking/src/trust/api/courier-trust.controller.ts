import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetCourierTrustQuery } from '../application/get-courier-trust/get-courier-trust.query';
import { TrustProblems } from '../application/trust-problems';
import { CourierTrustParams } from './dto/courier-trust.params';
import { CourierTrustResponse } from './dto/courier-trust.response';

/** Public courier trust: anybody may read it (no credentials), cached for a minute. */
@ApiTags('courier trust')
@Controller('v1/public/trust/courier')
export class CourierTrustController {
  constructor(private readonly trust: GetCourierTrustQuery) {}

  @Get(':id')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({
    summary: 'A courier’s public trust score and safe-delivery label',
    description:
      'Public, no credentials. Rolling 30- and 90-day windows (Vietnam days, today included) of on-time delivery, failed attempts, ' +
      'exceptions, event latency and COD remittance age, a 0–100 score (null below COURIER_TRUST_MIN_DELIVERED deliveries), the 90-day ' +
      'trend of the 30-day score, and the safe-delivery label (every threshold held on each of the last 30 days). Cache-Control: public, max-age=60.',
  })
  @ApiOkResponse({ type: CourierTrustResponse })
  @ApiBadRequestResponse({
    description: 'The id is not a UUID (problem+json naming `id`).',
  })
  @ApiNotFoundResponse({ description: 'No such courier.' })
  async get(@Param() params: CourierTrustParams): Promise<CourierTrustResponse> {
    const report = await this.trust.execute(params.id);
    if (!report) throw TrustProblems.courierNotFound(params.id);
    return report;
  }
}
