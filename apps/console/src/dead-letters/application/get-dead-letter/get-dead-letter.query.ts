import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { deadLetterProblems } from '../../domain/dead-letter-problems';
import { PlatformDeadLetterRecord } from '../../infrastructure/platform-dead-letter.orm-entity';
import { type DeadLetterDetail, deadLetterDetail } from '../dead-letter-views';

/** One dead letter with its message (value as text, headers). The caller audits the view: it may hold personal data. */
@Injectable()
export class GetDeadLetterQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** @throws 404 problem `dead-letter-not-found` */
  async execute(id: string): Promise<DeadLetterDetail> {
    const row = await this.dataSource.manager.findOneBy(PlatformDeadLetterRecord, { id });
    if (!row) throw deadLetterProblems.notFound(id);
    return deadLetterDetail(row);
  }
}
