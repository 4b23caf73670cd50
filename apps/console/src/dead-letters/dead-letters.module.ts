import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeadLetterTopicsConsumer } from './api/dead-letter-topics.consumer';
import { DeadLettersController } from './api/dead-letters.controller';
import { GetDeadLetterQuery } from './application/get-dead-letter/get-dead-letter.query';
import { ListDeadLettersQuery } from './application/list-dead-letters/list-dead-letters.query';
import { RecordDeadLetterUseCase } from './application/record-dead-letter/record-dead-letter.use-case';
import { ReplayDeadLetterUseCase } from './application/replay-dead-letter/replay-dead-letter.use-case';
import { ReplayProducer } from './infrastructure/replay-producer';

/**
 * The dead-letter desk (`/v1/admin/dead-letters`): every service's dead letters, learned from their dead-letter
 * topics (never their tables) in the console's group `tc.console.dead-letters`, listed with what failed and why,
 * read in full (audited) and replayed onto the original topic.
 */
@Module({
  imports: [AuditModule],
  controllers: [DeadLettersController],
  providers: [DeadLetterTopicsConsumer, RecordDeadLetterUseCase, ListDeadLettersQuery, GetDeadLetterQuery, ReplayDeadLetterUseCase, ReplayProducer],
})
export class DeadLettersModule {}
