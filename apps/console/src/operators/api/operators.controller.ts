import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import { CreateOperatorUseCase } from '../application/create-operator/create-operator.use-case';
import { ListOperatorsQuery } from '../application/list-operators/list-operators.query';
import type { OperatorView } from '../application/operator-view';
import { CreateOperatorDto, OperatorViewDto } from './dto/create-operator.dto';

/** Operators of the platform (admins create; viewers read). Operators sign in at `/v1/auth/sessions` once enrolled (`POST /v1/admin/operators/{id}/enrolment`). */
@ApiTags('admin: operators')
@Controller('v1/admin/operators')
@OperatorAuth('admin')
export class OperatorsController {
  constructor(
    private readonly createOperator: CreateOperatorUseCase,
    private readonly listOperators: ListOperatorsQuery,
  ) {}

  @Post()
  @Idempotent()
  @Audited('operator.create', { target: 'operator', targetId: (r) => (r as OperatorView).id })
  @ApiOperation({ summary: 'Register an operator' })
  @ApiCreatedResponse({ type: OperatorViewDto })
  @ApiConflictResponse({ description: 'An operator with this name exists.' })
  create(@Body() body: CreateOperatorDto): Promise<OperatorView> {
    return this.createOperator.execute(body);
  }

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'List operators' })
  @ApiOkResponse({ type: [OperatorViewDto] })
  list(): Promise<OperatorView[]> {
    return this.listOperators.execute();
  }
}
