import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { InstructionsModule } from '../instructions/instructions.module';
import { RefundDestinationController } from './api/refund-destination.controller';
import { GetRefundDestinationQuery } from './application/get-refund-destination/get-refund-destination.query';
import { RegisterRefundDestinationUseCase } from './application/register-refund-destination/register-refund-destination.use-case';

/**
 * Cash-on-delivery buyers' refund destinations (`PUT/GET /v1/public/escrows/{orderCode}/refund-destination`, buyer
 * token): a bank account or e-wallet, validated, sealed and masked. The vault that seals them and the release of
 * refunds waiting for one are provided by InstructionsModule, which issues the refunds to them.
 */
@Module({ imports: [InstructionsModule, BuyerAuthModule], controllers: [RefundDestinationController], providers: [RegisterRefundDestinationUseCase, GetRefundDestinationQuery] })
export class RefundDestinationsModule {}
