import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OperatorRecord } from '../../infrastructure/operator.orm-entity';
import { type OperatorView, toOperatorView } from '../operator-view';

/** Every operator, by name. */
@Injectable()
export class ListOperatorsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<OperatorView[]> {
    const operators = await this.dataSource.manager.find(OperatorRecord, { order: { name: 'ASC' } });
    return operators.map(toOperatorView);
  }
}
