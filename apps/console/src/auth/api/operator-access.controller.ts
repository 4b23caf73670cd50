import { Controller, Delete, Header, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import { type Enrolment, EnrolOperatorUseCase } from '../application/enrol-operator/enrol-operator.use-case';
import { type RevokedSessions, RevokeOperatorSessionsUseCase } from '../application/revoke-operator-sessions/revoke-operator-sessions.use-case';
import { EnrolmentResponse } from './dto/enrolment.response';
import { RevokedSessionsResponse } from './dto/revoked-sessions.response';

/** An operator's sign-in credentials and sessions (admins). */
@ApiTags('admin: operators')
@Controller('v1/admin/operators/:operatorId')
@OperatorAuth('admin')
export class OperatorAccessController {
  constructor(
    private readonly enrol: EnrolOperatorUseCase,
    private readonly revokeSessions: RevokeOperatorSessionsUseCase,
  ) {}

  /** Not `@Idempotent()`: the answer holds the credentials, which the idempotency store would keep in clear. */
  @Post('enrolment')
  @Header('Cache-Control', 'no-store')
  @Audited('operator.enrol', { target: 'operator', targetId: 'operatorId' })
  @ApiOperation({
    summary: "Issue an operator's sign-in credentials",
    description:
      'A generated password and a new TOTP secret (with its otpauth:// URI), shown once. Replaces earlier credentials and ends the operator’s sessions. ' +
      'Hand them over in person or through a channel you trust.',
  })
  @ApiCreatedResponse({ type: EnrolmentResponse })
  @ApiNotFoundResponse({ description: 'No such operator.' })
  @ApiConflictResponse({ description: 'The operator is disabled.' })
  enrolment(@Param('operatorId', ParseUUIDPipe) operatorId: string): Promise<Enrolment> {
    return this.enrol.execute({ id: operatorId });
  }

  @Delete('sessions')
  @Audited('operator.sessions.revoke', { target: 'operator', targetId: 'operatorId' })
  @ApiOperation({
    summary: "End all of an operator's sessions",
    description: 'Refresh tokens stop at once, access tokens at the console at once and at services when they expire (10 minutes at most).',
  })
  @ApiOkResponse({ type: RevokedSessionsResponse })
  @ApiNotFoundResponse({ description: 'No such operator.' })
  sessions(@Param('operatorId', ParseUUIDPipe) operatorId: string): Promise<RevokedSessions> {
    return this.revokeSessions.execute({ id: operatorId });
  }
}
