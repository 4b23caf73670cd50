import type { DisputeState } from '../../domain/dispute-state-machine';

/** A dispute's state in plain words, in Vietnamese and English. */
export interface DisputeStatusText {
  vi: string;
  en: string;
}

/** What each state means for the people involved, in plain words (third person: the same text for every side). */
export const DISPUTE_STATUS_TEXT: { readonly [S in DisputeState]: DisputeStatusText } = {
  AWAITING_MERCHANT: { vi: 'Đang chờ người bán phản hồi', en: 'Waiting for the seller’s answer' },
  OFFER_PENDING: { vi: 'Người bán đề nghị hoàn tiền một phần, đang chờ người mua trả lời', en: 'The seller offered a partial refund; waiting for the buyer’s answer' },
  AWAITING_BUYER_ESCALATION: {
    vi: 'Người bán từ chối khiếu nại; người mua có thể chuyển cho hòa giải viên',
    en: 'The seller rejected the complaint; the buyer may take it to a mediator',
  },
  ESCALATED: { vi: 'Hòa giải viên đang xem xét', en: 'A mediator is reviewing the case' },
  AWAITING_RETURN: {
    vi: 'Đang chờ người mua gửi trả hàng; tiền được hoàn khi hàng trả về đến người bán',
    en: 'Waiting for the buyer’s return shipment; the refund follows once it reaches the seller',
  },
  RESOLVED: { vi: 'Đã giải quyết', en: 'Resolved' },
  WITHDRAWN: { vi: 'Người mua đã rút khiếu nại', en: 'Withdrawn by the buyer' },
  CLOSED: { vi: 'Đã đóng theo hướng có lợi cho người bán (người mua không tiếp tục)', en: 'Closed in the seller’s favour (the buyer did not follow up)' },
};
