import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import { CreateOperatorUseCase } from '../application/create-operator/create-operator.use-case';
import { ListOperatorsQuery } from '../application/list-operators/list-operators.query';
import type { OperatorView } from '../application/operator-view';
import { CreateOperatorDto, OperatorViewDto } from './dto/create-operator.dto';

/** Operators of the platform (admins create; viewers read). Tokens are issued by the admin CLI for now. */
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
