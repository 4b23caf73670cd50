import { Module } from '@nestjs/common';
import { OperatorsController } from './api/operators.controller';
import { CreateOperatorUseCase } from './application/create-operator/create-operator.use-case';
import { EnsureSigningKeyUseCase } from './application/ensure-signing-key/ensure-signing-key.use-case';
import { IssueOperatorTokenUseCase } from './application/issue-operator-token/issue-operator-token.use-case';
import { ListOperatorsQuery } from './application/list-operators/list-operators.query';

const USE_CASES = [CreateOperatorUseCase, ListOperatorsQuery, IssueOperatorTokenUseCase, EnsureSigningKeyUseCase];

/** Operators, their tokens and the keys that sign them: use cases (also run by the admin CLI) and `/v1/admin/operators`. */
@Module({ controllers: [OperatorsController], providers: USE_CASES, exports: USE_CASES })
export class OperatorsModule {}
