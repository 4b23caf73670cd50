import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { type AuditPage, ListAuditQuery } from '../application/list-audit/list-audit.query';
import { AuditPageDto } from './dto/audit-entry.dto';
import { ListAuditDto } from './dto/list-audit.dto';

/** The audit trail: who did what, when, from where (admins). */
@ApiTags('admin: audit')
@Controller('v1/admin/audit')
@OperatorAuth('admin')
export class AuditController {
  constructor(private readonly listAudit: ListAuditQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Read the audit trail, newest first',
    description:
      'Every operator action of the console (partners, operators, sessions, searches for personal data) and every sign-in, refresh and sign-out, ' +
      'succeeded or failed; and the operator actions done at other services (manual money actions at escrow, mediators’ decisions and vulnerable-flag ' +
      'reviews at disputes), from their events (`source` names the service). Append-only: the database refuses to change or delete a line.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: ListAuditDto): Promise<AuditPage> {
    return this.listAudit.execute(query);
  }
}
