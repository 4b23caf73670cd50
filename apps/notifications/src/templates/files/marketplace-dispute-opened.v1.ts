import { defineTemplate } from '../template-file';

const REASONS = ['NOT_RECEIVED', 'DAMAGED', 'NOT_AS_DESCRIBED', 'COUNTERFEIT', 'WRONG_ITEM', 'MISSING_PARTS', 'OTHER'] as const;
const REQUESTS = ['REFUND_FULL', 'REFUND_PARTIAL', 'RETURN_AND_REFUND'] as const;

const REASON_VI =
  '{{#if (eq reason "NOT_RECEIVED")}}Không nhận được hàng{{else if (eq reason "DAMAGED")}}Hàng bị hư hỏng' +
  '{{else if (eq reason "NOT_AS_DESCRIBED")}}Hàng không đúng mô tả{{else if (eq reason "COUNTERFEIT")}}Hàng giả' +
  '{{else if (eq reason "WRONG_ITEM")}}Giao sai hàng{{else if (eq reason "MISSING_PARTS")}}Thiếu bộ phận hoặc phụ kiện' +
  '{{else if (eq reason "OTHER")}}Lý do khác{{/if}}';

const REASON_EN =
  '{{#if (eq reason "NOT_RECEIVED")}}Not received{{else if (eq reason "DAMAGED")}}Damaged' +
  '{{else if (eq reason "NOT_AS_DESCRIBED")}}Not as described{{else if (eq reason "COUNTERFEIT")}}Counterfeit' +
  '{{else if (eq reason "WRONG_ITEM")}}Wrong item{{else if (eq reason "MISSING_PARTS")}}Missing parts' +
  '{{else if (eq reason "OTHER")}}Other{{/if}}';

const REQUEST_VI =
  '{{#if (eq requestedOutcome "REFUND_FULL")}}Hoàn toàn bộ tiền' +
  '{{else if (eq requestedOutcome "REFUND_PARTIAL")}}Hoàn một phần, {{vnd requestedAmount}}' +
  '{{else if (eq requestedOutcome "RETURN_AND_REFUND")}}Trả hàng và hoàn tiền{{/if}}';

const REQUEST_EN =
  '{{#if (eq requestedOutcome "REFUND_FULL")}}Full refund' +
  '{{else if (eq requestedOutcome "REFUND_PARTIAL")}}Partial refund of {{vnd requestedAmount}}' +
  '{{else if (eq requestedOutcome "RETURN_AND_REFUND")}}Return and refund{{/if}}';

/** `marketplace-dispute-opened` version 1. */
export const marketplaceDisputeOpenedV1 = defineTemplate({
  id: 'marketplace-dispute-opened',
  version: 1,
  audience: 'MARKETPLACE',
  description: "A new complaint: reason, what the buyer asks and the answer's absolute deadline (disputes.dispute-opened). To the seller/marketplace by email.",
  channels: ['EMAIL'],
  variables: { orderCode: 'text', disputeId: 'text', reason: REASONS, requestedOutcome: REQUESTS, requestedAmount: 'vnd?', merchantResponseDueAt: 'time' },
  email: {
    vi: {
      subject: 'Khiếu nại mới cho đơn hàng {{orderCode}}: trả lời trước {{vnTime merchantResponseDueAt}}',
      body:
        'Kính gửi Quý đối tác,\n\n' +
        'Người mua đã khiếu nại đơn hàng {{orderCode}} (mã khiếu nại {{disputeId}}).\n' +
        `Lý do: ${REASON_VI}.\n` +
        `Yêu cầu: ${REQUEST_VI}.\n\n` +
        'Vui lòng trả lời thay người bán (chấp nhận, từ chối kèm bằng chứng, hoặc đề nghị hoàn một phần) trước {{vnTime merchantResponseDueAt}} (giờ Việt Nam). ' +
        'Nếu không trả lời đúng hạn, khiếu nại được giải quyết theo yêu cầu của người mua.',
    },
    en: {
      subject: 'New complaint about order {{orderCode}}: answer by {{vnTime merchantResponseDueAt}}',
      body:
        'Dear partner,\n\n' +
        'The buyer filed a complaint about order {{orderCode}} (complaint {{disputeId}}).\n' +
        `Reason: ${REASON_EN}.\n` +
        `Request: ${REQUEST_EN}.\n\n` +
        "Please answer on the seller's behalf (accept, reject with evidence, or offer a partial refund) by {{vnTime merchantResponseDueAt}} (Vietnam time). " +
        'Without an answer in time, the complaint is settled as the buyer asked.',
    },
  },
});
