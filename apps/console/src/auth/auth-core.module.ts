import { Module } from '@nestjs/common';
import { OperatorsModule } from '../operators/operators.module';
import { EnrolOperatorUseCase } from './application/enrol-operator/enrol-operator.use-case';
import { RefreshSessionUseCase } from './application/refresh-session/refresh-session.use-case';
import { RevokeOperatorSessionsUseCase } from './application/revoke-operator-sessions/revoke-operator-sessions.use-case';
import { SessionTokens } from './application/session-tokens';
import { SignInUseCase } from './application/sign-in/sign-in.use-case';
import { SignOutUseCase } from './application/sign-out/sign-out.use-case';
import { AccessTokenSigner } from './infrastructure/access-token-signer';
import { PasswordHasher } from './infrastructure/password-hasher';
import { SessionStore } from './infrastructure/session-store';

const USE_CASES = [EnrolOperatorUseCase, SignInUseCase, RefreshSessionUseCase, SignOutUseCase, RevokeOperatorSessionsUseCase];

/** Operator sign-in and sessions without HTTP: the use cases (also run by the admin CLI). Needs the global AuditModule. */
@Module({ imports: [OperatorsModule], providers: [...USE_CASES, SessionTokens, AccessTokenSigner, PasswordHasher, SessionStore], exports: USE_CASES })
export class AuthCoreModule {}
