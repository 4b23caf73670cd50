import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { BuyerPreferencesController } from './api/buyer-preferences.controller';
import { BuyerPreferencesUseCase } from './application/buyer-preferences.use-case';

/** Recipients' preferences: the buyer's language and muted channels (the pipeline reads them when planning). */
@Module({
  imports: [BuyerAuthModule],
  controllers: [BuyerPreferencesController],
  providers: [BuyerPreferencesUseCase],
})
export class PreferencesModule {}
