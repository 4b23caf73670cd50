import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { OrderFactsOnEscrowFunded } from './api/escrow-funded.consumer';
import { FileDisputeController } from './api/file-dispute.controller';
import { OrderFactsOnInspectionEnded } from './api/inspection-ended.consumer';
import { OrderFactsOnInspectionStarted } from './api/inspection-started.consumer';
import { OrderFactsOnOrderPlaced } from './api/order-placed.consumer';
import { OrderFactsOnShipmentRegistered } from './api/shipment-registered.consumer';
import { FileDisputeUseCase } from './application/file-dispute/file-dispute.use-case';
import { RecordOrderFactsUseCase } from './application/record-order-facts/record-order-facts.use-case';

/**
 * Disputes: the order facts the filing rule needs (copied from orders, escrow and delivery events) and the
 * buyer's complaint (filed within its window, one open per order, asking escrow for a hold).
 */
@Module({
  imports: [BuyerAuthModule],
  controllers: [FileDisputeController],
  providers: [
    RecordOrderFactsUseCase,
    OrderFactsOnOrderPlaced,
    OrderFactsOnEscrowFunded,
    OrderFactsOnInspectionStarted,
    OrderFactsOnInspectionEnded,
    OrderFactsOnShipmentRegistered,
    FileDisputeUseCase,
  ],
})
export class DisputesModule {}
