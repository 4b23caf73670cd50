import { Controller, Get, Header, HttpStatus, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '@trustcircle/http';
import { GetTrustScoreQuery } from '../application/get-trust-score/get-trust-score.query';
import { parseSubjectId, type TrustSubjectKind } from '../domain/merchant-id';
import { TrustScoreResponse } from './dto/trust-score.response';

const CACHE = 'public, max-age=60';
const DESCRIPTION =
  'Public, no credentials. Rolling 30- and 90-day windows ending today (Asia/Ho_Chi_Minh days): the share of disputes answered in time, ' +
  'the median time to resolution, disputes per 1,000 orders and default judgments lost, and a score 0–100 from them (null with too few orders); ' +
  'and the 30-day score of each of the last 90 days. Cacheable for 60 seconds.';

/** Public trust scores of merchants and marketplaces (no credentials; cacheable). */
@ApiTags('trust')
@Controller('v1/public/trust')
export class TrustScoresController {
  constructor(private readonly trust: GetTrustScoreQuery) {}

  @Get('merchant/:id')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'A merchant’s public trust score', description: DESCRIPTION })
  @ApiParam({ name: 'id', example: '0b6c2d2e-8f7a-4f0e-9d55-3b1f2a7c9e10:seller-42', description: '`{marketplaceId}:{sellerId}` (the colon may be sent as `%3A`).' })
  @ApiOkResponse({ type: TrustScoreResponse })
  @ApiBadRequestResponse({ description: 'An id that is not `{marketplace uuid}:{seller id of 1 to 100 characters}` (the problem names `id`).' })
  @ApiNotFoundResponse({ description: 'No order or dispute of this merchant was ever counted.' })
  merchant(@Param('id') id: string): Promise<TrustScoreResponse> {
    return this.answer('merchant', id);
  }

  @Get('marketplace/:id')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'A marketplace’s public trust score (all its merchants together)', description: DESCRIPTION })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The marketplace id.' })
  @ApiOkResponse({ type: TrustScoreResponse })
  @ApiBadRequestResponse({ description: 'An id that is not a uuid (the problem names `id`).' })
  @ApiNotFoundResponse({ description: 'No order or dispute of this marketplace was ever counted.' })
  marketplace(@Param('id') id: string): Promise<TrustScoreResponse> {
    return this.answer('marketplace', id);
  }

  private async answer(kind: TrustSubjectKind, id: string): Promise<TrustScoreResponse> {
    const subject = parseSubjectId(kind, id);
    if (!subject) {
      const message = kind === 'merchant' ? 'id must be {marketplaceId}:{sellerId}: a uuid, a colon and a seller id of 1 to 100 characters' : 'id must be a marketplace id (uuid)';
      throw new ProblemException({ status: HttpStatus.BAD_REQUEST, type: 'validation-error', title: 'Your request is not valid', detail: `Invalid field: id (${message}).`, field: 'id', errors: [{ field: 'id', code: 'INVALID_SUBJECT_ID', message }] });
    }
    const view = await this.trust.execute(subject);
    if (!view) throw new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'trust-subject-not-found', title: 'No trust score', detail: `No ${kind} ${subject.id} is known.` });
    return TrustScoreResponse.of(view);
  }
}
