import type { Vnd } from '@trustcircle/kernel';
import type { CodLineRefusal } from '../../infrastructure/cod-remittance.orm-entity';

/** One line of a batch as escrow decided it. */
export interface CodRemittanceLineAnswer {
  lineNo: number;
  trackingNumber: string;
  amount: Vnd;
  outcome: 'FUNDED' | 'REFUSED';
  /** Why it funded nothing; null when FUNDED. */
  reason: CodLineRefusal | null;
  /** The order it funded; null when REFUSED. */
  orderCode: string | null;
}

/** What escrow answers for a batch, the first time and on every repeat. */
export interface CodRemittanceAnswer {
  remittanceId: string;
  courierId: string;
  totalAmount: Vnd;
  fundedAmount: Vnd;
  refusedAmount: Vnd;
  lines: CodRemittanceLineAnswer[];
}
