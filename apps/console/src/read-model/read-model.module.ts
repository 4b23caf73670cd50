import { Module } from '@nestjs/common';
import { ProjectConsoleEvents } from './api/project-console-events.consumer';
import { BuyerPhoneProtection } from './application/buyer-phone-protection';
import { ProjectEventUseCase } from './application/project-event/project-event.use-case';
import { ReadModelChanges } from './application/read-model-changes';
import { ReadModelWriter } from './infrastructure/read-model-writer';

/**
 * The console's read model: the events of every service's topics projected into the console schema (`rm_*`), for
 * the live overview and the order explorer.
 */
@Module({
  providers: [ProjectConsoleEvents, ProjectEventUseCase, ReadModelWriter, BuyerPhoneProtection, ReadModelChanges],
  exports: [BuyerPhoneProtection, ReadModelChanges],
})
export class ReadModelModule {}
