import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { NativeFormat } from '../../domain/native-format';
import { NATIVE_TOKEN_PATTERN, nativeTokenMatches } from '../../domain/native-token';
import { CourierNativeTokenRecord } from '../../infrastructure/courier-native-token.orm-entity';

/**
 * Whether a presented native webhook token is one of the courier's valid tokens for the format (the current
 * one, or the previous one during its rotation grace). Hashes are compared in constant time.
 */
@Injectable()
export class VerifyNativeTokenQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(courierId: string, format: NativeFormat, presented: string): Promise<boolean> {
    if (!NATIVE_TOKEN_PATTERN.test(presented)) return false;
    const now = this.clock.now();
    const rows = await this.dataSource.getRepository(CourierNativeTokenRecord).find({
      select: { tokenSha256: true },
      where: [
        { courierId, format, expiresAt: IsNull() },
        { courierId, format, expiresAt: MoreThan(now) },
      ],
    });
    return nativeTokenMatches(presented, rows.map((r) => r.tokenSha256));
  }
}
