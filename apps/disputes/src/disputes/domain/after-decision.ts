/** One place a buyer can take a case after a mediator's decision, in Vietnamese and English. */
export interface AfterDecisionOption {
  /** A stable code for the option (clients may pick their own wording by it). */
  code: 'CONSUMER_PROTECTION_AUTHORITY' | 'COURT' | 'COMMERCIAL_ARBITRATION';
  vi: string;
  en: string;
}

/** What the buyer is told once a mediator decided: the decision is final on the platform, and where to go next. */
export interface AfterDecisionAdvice {
  vi: string;
  en: string;
  options: readonly AfterDecisionOption[];
}

/**
 * Where a buyer can take a case that a mediator decided (Law on Protection of Consumer Rights 2023,
 * No. 19/2023/QH15): the state consumer-protection authority, the courts, or commercial arbitration. The
 * platform's decision is final on the platform but does not take away any of these rights. Shown on every view
 * of a dispute whose outcome a mediator decided.
 */
export const AFTER_MEDIATOR_DECISION: AfterDecisionAdvice = {
  vi:
    'Quyết định của hòa giải viên là quyết định cuối cùng trên TrustCircle. Nếu chưa đồng ý, bạn vẫn giữ quyền ' +
    'của người tiêu dùng theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 (số 19/2023/QH15) và có thể:',
  en:
    'The mediator’s decision is final on TrustCircle. If you disagree, you keep your rights as a consumer under ' +
    'the Law on Protection of Consumer Rights 2023 (No. 19/2023/QH15) and may:',
  options: [
    {
      code: 'CONSUMER_PROTECTION_AUTHORITY',
      vi:
        'Gửi yêu cầu, khiếu nại đến cơ quan bảo vệ quyền lợi người tiêu dùng: bộ phận bảo vệ người tiêu dùng của ' +
        'Ủy ban Cạnh tranh Quốc gia (Bộ Công Thương), hoặc Sở Công Thương nơi bạn cư trú.',
      en:
        'Complain to the consumer-protection authority: the consumer-protection department of the National ' +
        'Competition Commission (Ủy ban Cạnh tranh Quốc gia, Ministry of Industry and Trade), or the Department of ' +
        'Industry and Trade of your province.',
    },
    {
      code: 'COURT',
      vi: 'Khởi kiện tại Tòa án nhân dân có thẩm quyền (vụ việc nhỏ, đơn giản có thể theo thủ tục rút gọn).',
      en: 'Bring a claim before the competent People’s Court (small, simple cases may follow the simplified procedure).',
    },
    {
      code: 'COMMERCIAL_ARBITRATION',
      vi: 'Giải quyết bằng trọng tài thương mại, nếu bạn và người bán có thỏa thuận trọng tài.',
      en: 'Go to commercial arbitration, if you and the seller have an arbitration agreement.',
    },
  ],
};
