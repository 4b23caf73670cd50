import { VndColumn } from '@trustcircle/database';
import { Entity, PrimaryColumn } from 'typeorm';

/** Money that came into escrow, was released to sellers and refunded to buyers on one Vietnamese day. */
@Entity({ name: 'rm_money_days' })
export class MoneyDayRecord {
  /** `YYYY-MM-DD`, Asia/Ho_Chi_Minh. */
  @PrimaryColumn('date') day!: string;
  @VndColumn() held!: bigint;
  @VndColumn() released!: bigint;
  @VndColumn() refunded!: bigint;
}
