import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import { COD_AGE_BUCKETS, type AgeBucketLine, type CodAgeBucket } from '../../domain/cod-age-buckets';
import type { UnremittedAgeing } from '../../domain/cod-reconciliation-report';

/** Cash you still owe whose delivery is `[fromDays, toDays)` days old. */
export class CodAgeBucketResponse {
  @ApiProperty({ enum: COD_AGE_BUCKETS.map((b) => b.bucket), example: 'DAYS_1_TO_3' })
  bucket!: CodAgeBucket;

  @ApiProperty({ example: 1 })
  fromDays!: number;

  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Exclusive; null for the last bucket.' })
  toDays!: number | null;

  @ApiProperty({ example: 2 })
  parcelCount!: number;

  @ApiProperty({ example: 1_950_000, description: 'Whole VND still owed.' })
  amount!: number;

  static of(b: AgeBucketLine): CodAgeBucketResponse {
    return { bucket: b.bucket, fromDays: b.fromDays, toDays: b.toDays, parcelCount: b.parcelCount, amount: vndToWire(b.amount) };
  }
}

/** The parcel whose cash you have owed the longest. */
export class CodOldestUnremittedResponse {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ example: 'TC-7K2M-9QXA' })
  orderCode!: string;

  @ApiProperty({ type: String, nullable: true, example: 'GHN5KX7Q2P' })
  trackingNumber!: string | null;

  @ApiProperty({ example: '2026-11-24T03:00:00.000Z' })
  deliveredAt!: string;

  @ApiProperty({ example: 392_400, description: 'Seconds since delivery, as of `asOf`.' })
  ageSeconds!: number;

  @ApiProperty({ example: 650_000, description: 'Whole VND still owed for it.' })
  outstandingAmount!: number;

  @ApiProperty({ format: 'uuid' })
  escrowId!: string;
}

/** All the cash you still owe as of now (any delivery day), by age since delivery. */
export class CodUnremittedResponse {
  @ApiProperty({ example: '2026-11-28T13:00:00.000Z', description: 'When this was computed (UTC).' })
  asOf!: string;

  @ApiProperty({ example: 3 })
  parcelCount!: number;

  @ApiProperty({ example: 2_600_000, description: 'Whole VND still owed.' })
  amount!: number;

  @ApiProperty({ type: [CodAgeBucketResponse], description: 'Every bucket, youngest first: under 1 day, 1–3 days, 3–7 days, 7 days or more.' })
  buckets!: CodAgeBucketResponse[];

  @ApiProperty({ type: CodOldestUnremittedResponse, nullable: true, description: 'null when you owe nothing.' })
  oldest!: CodOldestUnremittedResponse | null;

  static of(u: UnremittedAgeing): CodUnremittedResponse {
    const o = u.oldest;
    return {
      asOf: u.asOf.toISOString(),
      parcelCount: u.parcelCount,
      amount: vndToWire(u.amount),
      buckets: u.buckets.map((b) => CodAgeBucketResponse.of(b)),
      oldest: o && {
        orderId: o.orderId,
        orderCode: o.orderCode,
        trackingNumber: o.trackingNumber,
        deliveredAt: o.deliveredAt.toISOString(),
        ageSeconds: o.ageSeconds,
        outstandingAmount: vndToWire(o.outstanding),
        escrowId: o.escrowId,
      },
    };
  }
}
