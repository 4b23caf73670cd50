import { Module } from '@nestjs/common';
import { OpenEscrowOnOrderPlaced } from './api/order-placed.consumer';
import { OpenEscrowUseCase } from './application/open-escrow/open-escrow.use-case';

/** The escrow feature: one escrow per order and its lifecycle. */
@Module({ providers: [OpenEscrowUseCase, OpenEscrowOnOrderPlaced] })
export class EscrowModule {}
