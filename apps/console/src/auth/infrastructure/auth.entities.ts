import { AuditEntryRecord } from '../../audit/infrastructure/audit-entry.orm-entity';
import { OperatorCredentialsRecord } from './operator-credentials.orm-entity';
import { OperatorSessionRecord } from './operator-session.orm-entity';
import { RefreshTokenRecord } from './refresh-token.orm-entity';

/** The entities of operator sign-in, sessions and the audit trail (migration 1795893300000). */
export const AUTH_ENTITIES = [OperatorCredentialsRecord, OperatorSessionRecord, RefreshTokenRecord, AuditEntryRecord];
