import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CourierTimelineQuery } from '../../../evidence/application/courier-timeline/courier-timeline.query';
import { EvidenceFileRecord } from '../../../evidence/infrastructure/evidence-file.orm-entity';
import { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { DisputeEvidenceRecord, DisputeMessageRecord, DisputeOfferRecord } from '../../infrastructure/dispute-trail.orm-entities';
import { canSee, type DisputeViewer } from '../shared/dispute-access';
import type { DisputeView, EvidenceItemView } from './dispute-view';

/**
 * One dispute as `viewer` may see it, or null when there is no such dispute for them (another buyer's, another
 * marketplace's: the caller answers 404 either way). Read in one REPEATABLE READ transaction, so the dispute, its
 * trail and its offers are one consistent snapshot.
 */
@Injectable()
export class GetDisputeViewQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courierTimeline: CourierTimelineQuery,
  ) {}

  async execute(viewer: DisputeViewer, disputeId: string): Promise<DisputeView | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const dispute = await m.findOneBy(DisputeRecord, { id: disputeId });
      if (!dispute || !canSee(viewer, dispute)) return null;
      const [messages, evidence, offers, courierTimeline] = [
        await m.find(DisputeMessageRecord, { where: { disputeId }, order: { seq: 'ASC' } }),
        await this.evidenceOf(m, disputeId),
        await m.find(DisputeOfferRecord, { where: { disputeId }, order: { madeAt: 'ASC', id: 'ASC' } }),
        await this.courierTimeline.forOrder(m, dispute.orderId),
      ];
      return { dispute, messages, evidence, offers, courierTimeline };
    });
  }

  private async evidenceOf(m: EntityManager, disputeId: string): Promise<EvidenceItemView[]> {
    const records = await m.find(DisputeEvidenceRecord, { where: { disputeId }, order: { seq: 'ASC' } });
    const fileIds = records.flatMap((r) => (r.fileId ? [r.fileId] : []));
    const files = fileIds.length === 0 ? [] : await m.findBy(EvidenceFileRecord, { id: In(fileIds) });
    const byId = new Map(files.map((f) => [f.id, f]));
    return records.map((record) => {
      const file = record.fileId ? byId.get(record.fileId) : undefined;
      return { record, file: file ? { contentType: file.contentType, size: file.size, sha256: file.sha256 } : null };
    });
  }
}
