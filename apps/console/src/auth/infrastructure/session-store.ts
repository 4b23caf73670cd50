import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { OperatorSessionRecord, type SessionRevocationReason } from './operator-session.orm-entity';

/** Ending sessions, in the caller's transaction. */
@Injectable()
export class SessionStore {
  /** Revokes every live session of an operator; returns how many it ended. */
  async revokeAll(manager: EntityManager, operatorId: string, reason: SessionRevocationReason, now: Date): Promise<number> {
    const result = await manager.update(OperatorSessionRecord, { operatorId, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
    return result.affected ?? 0;
  }

  /** Revokes one session unless it is revoked already; returns whether it did. */
  async revoke(manager: EntityManager, sessionId: string, reason: SessionRevocationReason, now: Date): Promise<boolean> {
    const result = await manager.update(OperatorSessionRecord, { id: sessionId, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
    return (result.affected ?? 0) > 0;
  }
}
