import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { Audit } from '../../../audit/application/audit';
import type { AuditActor, AuditOrigin } from '../../../audit/domain/audit-entry';
import { OperatorSessionRecord } from '../../infrastructure/operator-session.orm-entity';
import { SessionStore } from '../../infrastructure/session-store';

/** Signing out of one's own session. */
export interface SignOutCommand {
  operatorId: string;
  sessionId: string;
  actor: AuditActor;
  origin: AuditOrigin;
}

/**
 * Ends the caller's session (`SIGNED_OUT`): its refresh token stops working, and so do its access tokens at the
 * console (services accept them until they expire, minutes later). Audited (`auth.sign-out`). Returns whether a
 * live session of that operator was ended.
 */
@Injectable()
export class SignOutUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: SignOutCommand): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const session = await tx.findOneBy(OperatorSessionRecord, { id: command.sessionId, operatorId: command.operatorId });
      if (!session) return false;
      const ended = await this.sessions.revoke(tx, session.id, 'SIGNED_OUT', this.clock.now());
      if (ended) await this.audit.record({ actor: command.actor, action: 'auth.sign-out', target: { type: 'session', id: session.id }, origin: command.origin }, tx);
      return ended;
    });
  }
}
