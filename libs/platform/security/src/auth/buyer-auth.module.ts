import { Global, Module } from '@nestjs/common';
import { BuyerAuthGuard } from './buyer-auth.guard';
import { BuyerTokenVerifier } from './buyer-token-verifier';

/**
 * Lets a service guard routes with `@BuyerAuth()`: provides the {@link BuyerTokenVerifier} (key derived from
 * `PLATFORM_ENCRYPTION_KEY`, time from `CLOCK`) and the guard (global). Import it once, in the app module or in
 * the feature module whose controllers use `@BuyerAuth()`.
 *
 * @example @Module({ imports: [ServiceKitModule.forRoot(…), BuyerAuthModule, …] })
 */
@Global()
@Module({
  providers: [BuyerTokenVerifier, BuyerAuthGuard],
  exports: [BuyerTokenVerifier, BuyerAuthGuard],
})
export class BuyerAuthModule {}
