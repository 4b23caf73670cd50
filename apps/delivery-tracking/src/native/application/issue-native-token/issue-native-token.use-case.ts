import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PartnerDirectory } from '@trustcircle/security';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { DeliveryEnv } from '../../../config/delivery.env';
import type { NativeFormat } from '../../domain/native-format';
import { expiryAfterRotation, generateNativeToken } from '../../domain/native-token';
import { CourierNativeTokenRecord } from '../../infrastructure/courier-native-token.orm-entity';
import { courierNotActive, courierNotFound } from '../native-problems';

/** What an operator asks for. */
export interface IssueNativeTokenCommand {
  courierId: string;
  format: NativeFormat;
  /** Hours the previous token stays valid; default NATIVE_TOKEN_ROTATION_GRACE_HOURS; 0 = replaced at once. */
  previousValidForHours: number | null;
  issuedBy: string;
}

/** A newly issued token: the only time it is ever shown. */
export interface IssuedNativeToken {
  tokenId: string;
  courierId: string;
  format: NativeFormat;
  token: string;
  issuedAt: Date;
  /** When the tokens it replaces stop working (null: there were none). */
  previousValidUntil: Date | null;
}

/**
 * Issues a courier's native webhook token (GHN: in the URL path; Viettel Post: the body's TOKEN) for an active
 * courier of the partner directory. Only its hash is kept. Issuing again rotates: the current token stays valid
 * for the grace period (a token already in its grace ends now), so at most two are valid at a time. Issues for one
 * courier and format are serialised (advisory lock) so there is only ever one current token.
 */
@Injectable()
export class IssueNativeTokenUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PartnerDirectory,
    private readonly env: DeliveryEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(cmd: IssueNativeTokenCommand): Promise<IssuedNativeToken> {
    const courier = await this.directory.get(cmd.courierId);
    if (!courier || courier.kind !== 'COURIER') throw courierNotFound(cmd.courierId);
    if (courier.status !== 'ACTIVE') throw courierNotActive(cmd.courierId);
    const graceMs = (cmd.previousValidForHours ?? this.env.NATIVE_TOKEN_ROTATION_GRACE_HOURS) * 3_600_000;
    const generated = generateNativeToken();
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`native-token:${cmd.courierId}:${cmd.format}`]);
      const now = this.clock.now();
      const valid = await m.find(CourierNativeTokenRecord, {
        where: [
          { courierId: cmd.courierId, format: cmd.format, expiresAt: IsNull() },
          { courierId: cmd.courierId, format: cmd.format, expiresAt: MoreThan(now) },
        ],
      });
      let previousValidUntil: Date | null = null;
      for (const token of valid) {
        const expiresAt = expiryAfterRotation(token, now, graceMs);
        await m.update(CourierNativeTokenRecord, { id: token.id }, { expiresAt });
        if (!previousValidUntil || expiresAt > previousValidUntil) previousValidUntil = expiresAt;
      }
      const record = m.create(CourierNativeTokenRecord, {
        id: randomUUID(),
        courierId: cmd.courierId,
        format: cmd.format,
        tokenSha256: generated.sha256,
        issuedBy: cmd.issuedBy,
        issuedAt: now,
        expiresAt: null,
      });
      await m.insert(CourierNativeTokenRecord, record);
      return { tokenId: record.id, courierId: cmd.courierId, format: cmd.format, token: generated.token, issuedAt: now, previousValidUntil };
    });
  }
}
