import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/tracking.module';
import { GhnWebhookController } from './api/ghn-webhook.controller';
import { NativeCourierGuard } from './api/native-courier.guard';
import { NativeTokensController } from './api/native-tokens.controller';
import { ViettelPostWebhookController } from './api/viettel-post-webhook.controller';
import { IssueNativeTokenUseCase } from './application/issue-native-token/issue-native-token.use-case';
import { VerifyNativeTokenQuery } from './application/verify-native-token/verify-native-token.query';

/**
 * Couriers' own webhook formats (GHN, Viettel Post) on their own paths, mapped to the canonical vocabulary and
 * recorded like any courier event; authenticated by per-courier native tokens (hashed) and IP allow-lists.
 */
@Module({
  imports: [TrackingModule],
  controllers: [GhnWebhookController, ViettelPostWebhookController, NativeTokensController],
  providers: [IssueNativeTokenUseCase, VerifyNativeTokenQuery, NativeCourierGuard],
})
export class NativeModule {}
