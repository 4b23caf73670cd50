import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestWithPrincipal } from '@trustcircle/http';
import { DataSource } from 'typeorm';
import { Audit } from '../../../audit/application/audit';
import { BuyerPhoneProtection } from '../../../read-model/application/buyer-phone-protection';
import { OrderSummaryRecord } from '../../../read-model/infrastructure/order-summary.orm-entity';
import { type OrderMatch, orderSearchTerms, searchedBy } from '../../domain/order-search-query';
import { orderListItem, type OrderSearchHit } from '../order-views';

/** Results of one search, at most. */
export const SEARCH_LIMIT = 50;

/** The answer of an order search. */
export interface OrderSearchResult {
  items: OrderSearchHit[];
  /** How the text was read: the kinds of terms searched. */
  searchedBy: OrderMatch[];
}

/**
 * Finds orders in the read model by code, order id, external id or the buyer's phone, newest first, the phone
 * masked. A phone is matched by the keyed digest of its E.164 form (the read model holds no phone). Every search
 * is written to the audit trail before its results are answered — the operator, the terms (a phone masked), the
 * count — and a search whose line cannot be written fails: no unaudited search for personal data.
 */
@Injectable()
export class SearchOrdersUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly phones: BuyerPhoneProtection,
    private readonly audit: Audit,
  ) {}

  async execute(q: string, req: RequestWithPrincipal): Promise<OrderSearchResult> {
    const terms = orderSearchTerms(q, (typed) => this.phones.normalise(typed));
    const digest = terms.phone === null ? null : this.phones.digest(terms.phone);
    const rows = await this.dataSource.manager
      .createQueryBuilder(OrderSummaryRecord, 'o')
      .where('o.externalId = :externalId', { externalId: terms.externalId })
      .orWhere('o.code = :code', { code: terms.code })
      .orWhere('o.orderId = :orderId', { orderId: terms.orderId })
      .orWhere('o.buyerPhoneDigest = :digest', { digest })
      .orderBy('o.placedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('o.orderId', 'ASC')
      .limit(SEARCH_LIMIT)
      .getMany();
    const items = rows.map((r) => ({
      ...orderListItem(r),
      matchedBy: [
        ...(terms.code !== null && r.code === terms.code ? ['code' as const] : []),
        ...(terms.orderId !== null && r.orderId === terms.orderId ? ['orderId' as const] : []),
        ...(digest !== null && r.buyerPhoneDigest === digest ? ['phone' as const] : []),
        ...(r.externalId === terms.externalId ? ['externalId' as const] : []),
      ],
    }));
    const by = searchedBy(terms);
    const maskedPhone = terms.phone === null ? null : this.phones.mask(terms.phone);
    await this.audit.recordRequest(req, {
      action: 'order.search',
      ...(maskedPhone ? { target: { type: 'buyer-phone', id: maskedPhone } } : {}),
      detail: { searchedBy: by, query: maskedPhone ?? terms.externalId, results: items.length, orderIds: items.map((i) => i.orderId) },
    });
    return { items, searchedBy: by };
  }
}
