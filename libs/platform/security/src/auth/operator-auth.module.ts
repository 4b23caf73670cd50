import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { OPERATOR_KEY_SOURCE, type OperatorKeySource } from './operator-key-source';

/**
 * For an app without the partner directory (the console): `@OperatorAuth()` verifies tokens with the keys of
 * `keySource` (global). Services importing `PartnerDirectoryModule` need not import this.
 *
 * @example OperatorAuthModule.forRoot(ConsoleOperatorKeys)
 */
@Module({})
export class OperatorAuthModule {
  static forRoot(keySource: Type<OperatorKeySource>): DynamicModule {
    return {
      module: OperatorAuthModule,
      global: true,
      providers: [keySource, { provide: OPERATOR_KEY_SOURCE, useExisting: keySource }],
      exports: [OPERATOR_KEY_SOURCE],
    };
  }
}
