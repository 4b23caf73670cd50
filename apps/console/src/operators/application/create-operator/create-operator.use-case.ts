import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { OperatorRole } from '@trustcircle/security';
import { DataSource, QueryFailedError, Raw } from 'typeorm';
import { OperatorRecord } from '../../infrastructure/operator.orm-entity';
import { OperatorProblems } from '../operator-problems';
import { type OperatorView, toOperatorView } from '../operator-view';

/** Registering an operator. */
export interface CreateOperatorCommand {
  /** Unique, case-insensitively (1–100 characters). */
  name: string;
  role: OperatorRole;
}

/** Creates an active operator. Operators are the console's own: no event is published. @throws 409 problem */
@Injectable()
export class CreateOperatorUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateOperatorCommand): Promise<OperatorView> {
    const now = this.clock.now();
    const operator = this.dataSource.manager.create(OperatorRecord, {
      id: randomUUID(),
      name: command.name.normalize('NFC').trim(),
      role: command.role,
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
    });
    const taken = await this.dataSource.manager.existsBy(OperatorRecord, { name: Raw((col) => `lower(${col}) = lower(:name)`, { name: operator.name }) });
    if (taken) throw OperatorProblems.nameTaken(operator.name);
    try {
      await this.dataSource.manager.insert(OperatorRecord, operator);
    } catch (e) {
      // A concurrent twin took the name between the check and the insert.
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') throw OperatorProblems.nameTaken(operator.name);
      throw e;
    }
    return toOperatorView(operator);
  }
}
