import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, UnauthorizedException } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Idempotent, type RequestWithPrincipal } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import type { DeadLetterDetail } from '../application/dead-letter-views';
import { GetDeadLetterQuery } from '../application/get-dead-letter/get-dead-letter.query';
import { type DeadLetterPage, ListDeadLettersQuery } from '../application/list-dead-letters/list-dead-letters.query';
import { ReplayDeadLetterUseCase, type ReplayResult } from '../application/replay-dead-letter/replay-dead-letter.use-case';
import { DeadLetterDetailDto, DeadLetterPageDto, ReplayResultDto } from './dto/dead-letter-views.dto';
import { ListDeadLettersDto } from './dto/list-dead-letters.dto';

/**
 * The dead-letter desk: what every service failed to process and why (any operator), the message itself and its
 * replay onto the original topic (admins, audited: the message may hold personal data).
 */
@ApiTags('admin: dead letters')
@Controller('v1/admin/dead-letters')
@OperatorAuth('admin')
export class DeadLettersController {
  constructor(
    private readonly listDeadLetters: ListDeadLettersQuery,
    private readonly getDeadLetter: GetDeadLetterQuery,
    private readonly replayDeadLetter: ReplayDeadLetterUseCase,
  ) {}

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'List dead letters, newest failure first, and count the open ones per service and reason',
    description: 'Metadata only (never the message). Open ones by default (`state=open`); `openCounts` covers every open dead letter whatever the filters.',
  })
  @ApiOkResponse({ type: DeadLetterPageDto })
  list(@Query() query: ListDeadLettersDto): Promise<DeadLetterPage> {
    return this.listDeadLetters.execute(query);
  }

  @Get(':id')
  @Audited('dead-letter.view', { target: 'dead-letter', targetId: 'id' })
  @ApiOperation({ summary: 'Read a dead letter with its message and headers', description: 'The value as UTF-8 text, or base64 when it is not UTF-8. Audited (`dead-letter.view`).' })
  @ApiOkResponse({ type: DeadLetterDetailDto })
  @ApiNotFoundResponse({ description: 'No such dead letter (`dead-letter-not-found`).' })
  read(@Param('id', new ParseUUIDPipe()) id: string): Promise<DeadLetterDetail> {
    return this.getDeadLetter.execute(id);
  }

  @Post(':id/replay')
  @Idempotent()
  @Audited('dead-letter.replay', { target: 'dead-letter', targetId: 'id' })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replay a dead letter onto its original topic',
    description:
      'Produces the original key, value and headers, plus `tc-replayed-from: <id>`, onto the original topic and partition, then marks it replayed. ' +
      'Consumers that already processed the message skip it (their inbox). Audited (`dead-letter.replay`).',
  })
  @ApiOkResponse({ type: ReplayResultDto })
  @ApiNotFoundResponse({ description: 'No such dead letter (`dead-letter-not-found`).' })
  @ApiConflictResponse({
    description: 'Replayed already (`dead-letter-already-replayed`: if it failed again, it is a new dead letter), or its original topic is unknown (`dead-letter-not-replayable`).',
  })
  @ApiServiceUnavailableResponse({ description: 'Kafka did not take the message (`dead-letter-replay-failed`); nothing was marked: try again.' })
  replay(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: RequestWithPrincipal): Promise<ReplayResult> {
    // Behind @OperatorAuth the principal is always there.
    if (!req.principal) throw new UnauthorizedException();
    return this.replayDeadLetter.execute(id, req.principal.id);
  }
}
