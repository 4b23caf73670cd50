import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { findOperator } from '../../../operators/application/find-operator';
import { SessionStore } from '../../infrastructure/session-store';

/** What an admin revocation did. */
export interface RevokedSessions {
  operatorId: string;
  revokedSessions: number;
}

/**
 * Ends every live session of an operator (`REVOKED_BY_ADMIN`): refresh tokens stop at once, access tokens at the
 * console at once and at services when they expire. The operator can sign in again (disable them to prevent it, or
 * enrol them again for new credentials). @throws 404 problem
 */
@Injectable()
export class RevokeOperatorSessionsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(operatorRef: { id: string } | { name: string }): Promise<RevokedSessions> {
    const operator = await findOperator(this.dataSource.manager, operatorRef);
    const revokedSessions = await this.dataSource.transaction((tx) => this.sessions.revokeAll(tx, operator.id, 'REVOKED_BY_ADMIN', this.clock.now()));
    return { operatorId: operator.id, revokedSessions };
  }
}
