import { Global, Module } from '@nestjs/common';
import { ServiceEnv } from '@trustcircle/config';
import { PlatformKeyring } from './platform-keyring';

/** Provides the {@link PlatformKeyring} built from `PLATFORM_ENCRYPTION_KEY` (global). */
@Global()
@Module({
  providers: [{ provide: PlatformKeyring, inject: [ServiceEnv], useFactory: (env: ServiceEnv) => PlatformKeyring.fromBase64(env.PLATFORM_ENCRYPTION_KEY) }],
  exports: [PlatformKeyring],
})
export class PlatformCryptoModule {}
