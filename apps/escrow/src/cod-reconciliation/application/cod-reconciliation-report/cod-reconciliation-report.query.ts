import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { businessDay } from '../../../reconciliation/domain/business-day';
import { buildCodReconciliationReport, type CodReconciliationReport } from '../../domain/cod-reconciliation-report';
import { CodReconciliationReader } from '../../infrastructure/cod-reconciliation.reader';

/**
 * A courier's COD reconciliation of a business day (Asia/Ho_Chi_Minh): the parcels it delivered that day with
 * expected / collected / remitted and a status, the remittance batches received that day, and all the cash it
 * still owes as of now by age. Read in one repeatable-read snapshot, so the day, the batches and the ageing agree.
 */
@Injectable()
export class CodReconciliationReportQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CodReconciliationReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(courierId: string, date: string): Promise<CodReconciliationReport> {
    const day = businessDay(date);
    const now = this.clock.now();
    return this.dataSource.transaction('REPEATABLE READ', async (m) =>
      buildCodReconciliationReport({
        courierId,
        day,
        now,
        delivered: await this.reader.deliveredOn(m, courierId, day),
        batches: await this.reader.batchesReceivedOn(m, courierId, day),
        ageing: await this.reader.owedByAge(m, courierId, now),
        oldest: await this.reader.oldestOwed(m, courierId),
      }),
    );
  }
}
