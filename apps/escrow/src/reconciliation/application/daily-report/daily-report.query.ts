import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type BusinessDay, businessDay } from '../../domain/business-day';
import { type DayTotals, type OurLine, totalsOf } from '../../domain/reconciliation-line';
import { OurDayLinesReader } from '../../infrastructure/our-day-lines.reader';

/** Escrow's side of a business day with a payment partner. */
export interface DailyReport {
  partnerId: string;
  day: BusinessDay;
  totals: DayTotals;
  lines: OurLine[];
}

/**
 * Escrow's daily totals and lines with a payment partner (payments received, instructions settled, fees on
 * releases), read in one repeatable-read snapshot so totals and lines agree.
 */
@Injectable()
export class DailyReportQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: OurDayLinesReader,
  ) {}

  execute(partnerId: string, date: string): Promise<DailyReport> {
    const day = businessDay(date);
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const lines = await this.reader.lines(m, partnerId, day);
      const fee = await this.reader.feeAmount(m, partnerId, day);
      return { partnerId, day, totals: totalsOf(lines, fee), lines };
    });
  }
}
