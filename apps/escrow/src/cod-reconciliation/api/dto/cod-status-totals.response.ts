import { ApiProperty } from '@nestjs/swagger';
import type { CodParcelStatus } from '../../domain/cod-parcel-status';
import type { CodParcelTotals } from '../../domain/cod-reconciliation-report';
import { CodParcelTotalsResponse } from './cod-parcel-totals.response';

/** The day's sums per status (every status present, zero when none). */
export class CodStatusTotalsResponse {
  @ApiProperty({ type: CodParcelTotalsResponse, description: 'Collected = expected, all of it remitted.' })
  MATCHED!: CodParcelTotalsResponse;

  @ApiProperty({ type: CodParcelTotalsResponse, description: 'The delivered event said another amount than the order total, or none.' })
  COLLECTION_MISMATCH!: CodParcelTotalsResponse;

  @ApiProperty({ type: CodParcelTotalsResponse, description: 'Collected = expected, part of it remitted.' })
  REMITTANCE_SHORT!: CodParcelTotalsResponse;

  @ApiProperty({ type: CodParcelTotalsResponse, description: 'Collected = expected, nothing remitted yet.' })
  UNREMITTED!: CodParcelTotalsResponse;

  static of(byStatus: Record<CodParcelStatus, CodParcelTotals>): CodStatusTotalsResponse {
    return {
      MATCHED: CodParcelTotalsResponse.of(byStatus.MATCHED),
      COLLECTION_MISMATCH: CodParcelTotalsResponse.of(byStatus.COLLECTION_MISMATCH),
      REMITTANCE_SHORT: CodParcelTotalsResponse.of(byStatus.REMITTANCE_SHORT),
      UNREMITTED: CodParcelTotalsResponse.of(byStatus.UNREMITTED),
    };
  }
}
