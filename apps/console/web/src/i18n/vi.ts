import type { TimeLeft } from '../format/vn-time';

/** Reads a timeline step's detail for the texts below (amounts and times already formatted). */
export interface FactDetailReader {
  /** A whole VND amount, formatted (`1.235.000 ₫`), `—` when missing. */
  vnd(key: string): string;
  /** A time, formatted in Asia/Ho_Chi_Minh (`21:30 30/11/2026`), `—` when missing. */
  time(key: string): string;
  /** A text or code as it is, `''` when missing. */
  str(key: string): string;
  /** A number, or null. */
  num(key: string): number | null;
  /** True only for `true`. */
  flag(key: string): boolean;
}

/** The text of a timeline step. */
export type FactText = (d: FactDetailReader) => string;

/** The platform's shipment statuses in plain words. */
const SHIPMENT_STATUSES: Record<string, string> = {
  INFO_RECEIVED: 'đã nhận thông tin đơn',
  PICKED_UP: 'đã lấy hàng',
  IN_TRANSIT: 'đang trung chuyển',
  OUT_FOR_DELIVERY: 'đang giao đến bạn',
  DELIVERY_FAILED: 'giao không thành công',
  DELIVERED: 'đã giao',
  RETURNING: 'đang chuyển hoàn',
  RETURNED: 'đã chuyển hoàn',
  EXCEPTION: 'có sự cố',
  LOST: 'thất lạc',
  CANCELLED: 'đã hủy vận đơn',
};

const left = (t: TimeLeft): string => {
  if (t.passed) return 'đã hết hạn';
  if (t.days > 0) return `còn ${t.days} ngày ${t.hours} giờ`;
  if (t.hours > 0) return `còn ${t.hours} giờ ${t.minutes} phút`;
  return `còn ${t.minutes} phút`;
};

/**
 * Every text of the web app, in Vietnamese: the first language and the shape every other locale follows (see
 * `en.ts`). Plain words for buyers: no codes, no jargon; amounts and times come formatted.
 */
export const vi = {
  common: {
    htmlLang: 'vi',
    brand: 'TrustCircle',
    portalName: 'Tra cứu đơn hàng',
    languageLabel: 'Ngôn ngữ',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    loading: 'Đang tải…',
    refresh: 'Cập nhật',
    back: 'Quay lại',
    backToOrder: 'Về trang đơn hàng',
    signOut: 'Thoát',
    cancel: 'Hủy',
    sending: 'Đang gửi…',
    timeNote: 'Thời gian hiển thị theo giờ Việt Nam (GMT+7).',
    required: 'Vui lòng nhập thông tin này.',
    timeLeft: left,
    shipmentStatuses: SHIPMENT_STATUSES,
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody: 'Trang bạn tìm không có. Bạn có thể tra cứu đơn hàng bằng mã đơn và số điện thoại.',
    goToLookup: 'Tra cứu đơn hàng',
  },

  lookup: {
    title: 'Tra cứu đơn hàng',
    intro: 'Nhập mã đơn hàng trong tin nhắn SMS và số điện thoại bạn dùng khi đặt hàng. Chúng tôi sẽ gửi mã xác nhận qua SMS.',
    orderCodeLabel: 'Mã đơn hàng',
    orderCodeHint: 'Có trong tin nhắn SMS, ví dụ TC-7KQ4-M2XD',
    phoneLabel: 'Số điện thoại',
    phoneHint: 'Số điện thoại bạn dùng khi đặt hàng',
    sendCode: 'Gửi mã xác nhận',
    otpStepTitle: 'Nhập mã xác nhận',
    codeSent: (minutes: number) =>
      `Nếu mã đơn hàng và số điện thoại khớp với một đơn hàng, chúng tôi đã gửi mã gồm 6 chữ số qua SMS. Mã có hiệu lực trong ${minutes} phút.`,
    otpLabel: 'Mã xác nhận (6 chữ số)',
    viewOrder: 'Xem đơn hàng',
    resend: 'Gửi lại mã',
    codeResent: 'Đã gửi lại mã nếu thông tin khớp với một đơn hàng.',
    editDetails: 'Sửa mã đơn hàng hoặc số điện thoại',
    sessionExpired: 'Phiên xem đơn hàng đã hết hạn. Vui lòng nhận mã xác nhận mới.',
    signedOut: 'Bạn đã thoát khỏi trang đơn hàng.',
    codeNeeded: 'Để xem đơn hàng này, hãy nhập số điện thoại và nhận mã xác nhận qua SMS.',
    invalidOrderCode: 'Mã đơn hàng gồm chữ TC và 8 ký tự, ví dụ TC-7KQ4-M2XD.',
    invalidPhone: 'Số điện thoại Việt Nam gồm 10 chữ số, ví dụ 0901234567.',
    invalidOtp: 'Mã xác nhận gồm 6 chữ số.',
  },

  order: {
    title: (code: string) => `Đơn hàng ${code}`,
    statusHeading: 'Trạng thái',
    summaryHeading: 'Thông tin đơn hàng',
    seller: 'Người bán',
    total: 'Tổng tiền',
    placedAt: 'Đặt lúc',
    payment: 'Thanh toán',
    paymentPrepaid: 'Trả trước',
    paymentCod: 'Thanh toán khi nhận hàng (COD)',
    deadlinesHeading: 'Thời hạn cần lưu ý',
    inspectionDeadline: (time: string, remaining: string) =>
      `Bạn có đến ${time} (${remaining}) để kiểm tra hàng. Nếu hàng có vấn đề, hãy khiếu nại trước thời điểm này; sau đó tiền được chuyển cho người bán.`,
    disputeDeadline: 'Khiếu nại đang được xử lý: xem thời hạn trên trang khiếu nại.',
    noDeadlines: 'Hiện không có thời hạn nào bạn cần lưu ý.',
    actionsHeading: 'Bạn có thể',
    confirmReceipt: 'Tôi đã nhận hàng',
    confirmReceiptHint: 'Chuyển tiền cho người bán ngay, khi bạn đã kiểm tra và hài lòng với hàng.',
    fileComplaint: 'Khiếu nại',
    fileComplaintHint: 'Hàng chưa đến, bị hỏng, sai hoặc không đúng mô tả: tiền được tạm giữ trong khi xử lý.',
    complaintsHeading: 'Khiếu nại của bạn',
    complaintItem: (openedAt: string) => `Khiếu nại gửi lúc ${openedAt}`,
    complaintItemNew: 'Khiếu nại vừa gửi',
    complaintOpen: 'đang xử lý',
    complaintClosed: 'đã kết thúc',
    viewComplaint: 'Xem và trả lời khiếu nại',
    refundDestination: 'Tài khoản nhận tiền hoàn',
    refundDestinationHint: 'Đơn COD được hoàn vào tài khoản ngân hàng hoặc ví điện tử bạn cho biết.',
    refundDestinationNeeded: (amount: string) => `Bạn được hoàn ${amount}. Hãy cho biết tài khoản ngân hàng hoặc ví điện tử để nhận tiền.`,
    documentsHeading: 'Chứng từ điện tử',
    documentsIntro: 'Mỗi khoản tiền được giữ, giải ngân hay hoàn trả đều có chứng từ do TrustCircle ký số. Tải bản PDF để lưu hoặc in; ai cũng có thể kiểm tra chứng từ là thật và chưa bị sửa.',
    documentsEmpty: 'Chưa có chứng từ nào: chứng từ đầu tiên được lập khi tiền thanh toán được giữ.',
    documentNumber: 'Số',
    documentPdf: 'Tải PDF',
    documentPdfFailed: 'Không tải được bản PDF. Vui lòng thử lại.',
    timelineHeading: 'Diễn biến đơn hàng',
    timelineEmpty: 'Chưa có cập nhật nào.',
    strands: { MONEY: 'Tiền', PARCEL: 'Vận chuyển', COMPLAINT: 'Khiếu nại', MESSAGE: 'Tin nhắn' } as Record<string, string>,
    statuses: {
      PLACED: {
        title: 'Đã đặt hàng',
        explanation: 'Đơn hàng đã được ghi nhận và đang chờ bạn thanh toán. TrustCircle giữ tiền cho đến khi bạn nhận hàng.',
      },
      PLACED_COD: {
        title: 'Đã đặt hàng',
        explanation: 'Đơn hàng đã được ghi nhận. Bạn trả tiền cho người giao hàng khi nhận hàng; TrustCircle giữ số tiền đó đến hết thời gian kiểm tra.',
      },
      FUNDED: {
        title: 'Đã thanh toán, tiền được giữ an toàn',
        explanation: 'TrustCircle đang giữ tiền của bạn. Người bán chỉ nhận được tiền sau khi bạn nhận hàng và hết thời gian kiểm tra.',
      },
      PICKED_UP: { title: 'Đang giao hàng', explanation: 'Đơn vị vận chuyển đã nhận hàng từ người bán và đang giao cho bạn.' },
      DELIVERED: {
        title: 'Đã giao hàng, đang trong thời gian kiểm tra',
        explanation: 'Hãy kiểm tra hàng. Nếu có vấn đề, bạn có thể khiếu nại trước khi hết thời gian kiểm tra.',
      },
      INSPECTION_ENDED: { title: 'Đã hết thời gian kiểm tra', explanation: 'Tiền sắp được chuyển cho người bán.' },
      DISPUTED: { title: 'Đang khiếu nại', explanation: 'Tiền được tạm giữ cho đến khi khiếu nại được giải quyết.' },
      RESOLVED: { title: 'Khiếu nại đã được giải quyết', explanation: 'Kết quả về tiền đang được thực hiện.' },
      RELEASED: { title: 'Hoàn tất', explanation: 'Tiền đã được chuyển cho người bán.' },
      REFUNDED: { title: 'Đã hoàn tiền', explanation: 'Toàn bộ tiền được hoàn cho bạn.' },
      PARTIALLY_REFUNDED: { title: 'Đã hoàn tiền một phần', explanation: 'Một phần tiền được hoàn cho bạn, phần còn lại chuyển cho người bán.' },
      EXPIRED: { title: 'Đơn đã hết hạn', explanation: 'Đơn không được thanh toán đủ trước hạn. Số tiền đã trả (nếu có) được hoàn lại.' },
      CANCELLED: { title: 'Đơn đã hủy', explanation: 'Số tiền đã trả (nếu có) được hoàn lại cho bạn.' },
      RETURNED: { title: 'Hàng đã trả về người bán', explanation: 'Tiền sẽ được hoàn cho bạn.' },
    } as Record<string, { title: string; explanation: string }>,
    unknownStatus: (status: string) => ({ title: status, explanation: 'Trạng thái đơn hàng đã thay đổi.' }),
    facts: {
      ESCROW_OPENED: (d) =>
        d.str('paymentMethod') === 'COD'
          ? `Đơn hàng được ghi nhận: thanh toán khi nhận hàng ${d.vnd('expectedAmount')}.`
          : `Đơn hàng được ghi nhận, đang chờ bạn thanh toán ${d.vnd('expectedAmount')}.`,
      PAYMENT_RECEIVED: (d) => `Đã nhận ${d.vnd('amount')} bạn thanh toán (tổng đã trả ${d.vnd('totalPaid')}).`,
      ESCROW_UNDERPAID: (d) => `Bạn đã trả ${d.vnd('paidAmount')}, còn thiếu ${d.vnd('shortfall')}. Vui lòng trả đủ trước hạn.`,
      ESCROW_FUNDED: (d) => `TrustCircle đang giữ an toàn ${d.vnd('heldAmount')} cho đến khi bạn nhận được hàng.`,
      ESCROW_EXPIRED: () => 'Đơn hết hạn vì chưa được thanh toán đủ.',
      INSPECTION_STARTED: (d) => `Bắt đầu thời gian kiểm tra hàng, đến ${d.time('endsAt')}.`,
      INSPECTION_ENDED: (d) => (d.str('reason') === 'RECEIPT_CONFIRMED' ? 'Bạn đã xác nhận đã nhận hàng.' : 'Hết thời gian kiểm tra hàng.'),
      ESCROW_RELEASED: (d) => `Đã chuyển ${d.vnd('amount')} cho người bán.`,
      REFUNDED_FULL: (d) => `Bạn được hoàn toàn bộ ${d.vnd('amount')}.`,
      REFUNDED_PARTIAL: (d) => `Bạn được hoàn một phần: ${d.vnd('amount')}.`,
      CANCELLATION_REFUNDED: (d) => `Đơn đã hủy, bạn được hoàn ${d.vnd('amount')}.`,
      EXPIRY_REFUNDED: (d) => `Đơn hết hạn, số tiền đã trả ${d.vnd('amount')} được hoàn lại.`,
      EXCESS_REFUNDED: (d) => `Hoàn lại khoản trả thừa ${d.vnd('amount')}.`,
      ESCROW_PAID_OUT: (d) => `Người bán đã nhận ${d.vnd('amount')}.`,
      HOLD_RELEASED: () => 'Tiền không còn bị tạm giữ cho khiếu nại.',
      CANCELLATION_ACCEPTED: () => 'Yêu cầu hủy đơn được chấp nhận.',
      CANCELLATION_REFUSED: () => 'Yêu cầu hủy đơn không được chấp nhận vì hàng đã được gửi đi.',
      REFUND_INSTRUCTION_ISSUED: (d) => `Lệnh hoàn ${d.vnd('amount')} cho bạn đã được gửi đến đơn vị thanh toán.`,
      INSTRUCTION_SETTLED: (d) =>
        d.str('instructionKind') === 'REFUND' ? `Tiền hoàn ${d.vnd('amount')} đã được chuyển cho bạn.` : `Đã chuyển ${d.vnd('amount')} cho người bán.`,
      REFUND_DESTINATION_REQUIRED: (d) => `Cần tài khoản ngân hàng hoặc ví điện tử của bạn để hoàn ${d.vnd('amount')}.`,
      COD_REMITTED: (d) => `Đơn vị vận chuyển đã nộp ${d.vnd('amount')} tiền thu hộ cho TrustCircle.`,
      DOCUMENT_ISSUED: () => 'Chứng từ điện tử đã được lập.',
      SHIPMENT_REGISTERED: (d) => (d.str('direction') === 'RETURN' ? 'Đã tạo vận đơn trả hàng.' : 'Người bán đã tạo vận đơn giao hàng.'),
      SHIPMENT_CHECKPOINT: (d) => `${d.str('direction') === 'RETURN' ? 'Hàng trả' : 'Vận chuyển'}: ${SHIPMENT_STATUSES[d.str('status')] ?? d.str('status')}${d.flag('late') ? ' (trễ hẹn)' : ''}.`,
      OUTBOUND_PICKED_UP: () => 'Đơn vị vận chuyển đã lấy hàng từ người bán.',
      RETURN_PICKED_UP: () => 'Đơn vị vận chuyển đã lấy hàng trả của bạn.',
      OUTBOUND_DELIVERED: (d) => (d.num('codAmount') ? `Đã giao hàng và thu ${d.vnd('codAmount')}.` : 'Đã giao hàng cho bạn.'),
      RETURN_DELIVERED: () => 'Hàng trả đã đến người bán.',
      OUTBOUND_DELIVERY_FAILED: (d) => `Giao hàng không thành công${d.num('attempts') ? ` sau ${d.num('attempts')} lần` : ''}.`,
      RETURN_DELIVERY_FAILED: () => 'Giao hàng trả cho người bán không thành công.',
      OUTBOUND_RETURNED: () => 'Hàng đã được chuyển trả về người bán.',
      RETURN_SHIPMENT_RETURNED: () => 'Hàng trả không đến được người bán và đã được chuyển lại cho bạn.',
      SHIPMENT_LOST: () => 'Đơn vị vận chuyển báo thất lạc hàng. TrustCircle đang xử lý.',
      DISPUTE_OPENED: (d) => `Bạn đã gửi khiếu nại: ${disputeReasonVi(d.str('reason')).toLowerCase()}.`,
      HOLD_OUTCOME_RECORDED: (d) =>
        d.flag('moneyHeld')
          ? 'Tiền được tạm giữ trong khi xử lý khiếu nại.'
          : 'Tiền đã được chuyển trước khi có khiếu nại; nếu bạn được hoàn, TrustCircle sẽ thu hồi từ người bán.',
      MERCHANT_RESPONDED: (d) =>
        d.str('action') === 'ACCEPT'
          ? 'Người bán chấp nhận khiếu nại.'
          : d.str('action') === 'REJECT'
            ? 'Người bán từ chối khiếu nại.'
            : `Người bán đề nghị hoàn ${d.vnd('amount')}.`,
      OFFER_MADE: (d) => `Người bán đề nghị hoàn ${d.vnd('amount')}.`,
      OFFER_ACCEPTED: (d) => `Bạn đã chấp nhận đề nghị hoàn ${d.vnd('amount')}.`,
      OFFER_DECLINED: (d) => (d.str('declinedBy') === 'DEADLINE' ? 'Đề nghị của người bán đã hết hạn trả lời.' : 'Bạn đã từ chối đề nghị của người bán.'),
      DISPUTE_ESCALATED: () => 'Khiếu nại được chuyển cho hòa giải viên.',
      DISPUTE_DECIDED: (d) => `Hòa giải viên đã quyết định: ${disputeOutcomeVi(d.str('outcome'))}.`,
      DISPUTE_RESOLVED: (d) =>
        d.num('refundAmount') ? `Khiếu nại đã được giải quyết: hoàn cho bạn ${d.vnd('refundAmount')}.` : `Khiếu nại đã được giải quyết: ${disputeOutcomeVi(d.str('outcome'))}.`,
      DISPUTE_WITHDRAWN: () => 'Bạn đã rút khiếu nại.',
      MESSAGE_SENT: (d) => `Đã gửi tin nhắn ${channelVi(d.str('channel'))} cho bạn.`,
    } as Record<string, FactText>,
    unknownFact: (fact: string) => `Cập nhật: ${fact}.`,
  },

  confirm: {
    title: 'Xác nhận đã nhận hàng',
    consequenceHeading: 'Khi bạn xác nhận',
    consequences: (amount: string, seller: string) => [
      `TrustCircle chuyển ngay ${amount} cho người bán ${seller}.`,
      'Thời gian kiểm tra hàng kết thúc ngay, và bạn không thể khiếu nại về đơn hàng này nữa.',
      'Việc này không thể hoàn tác.',
    ],
    advice: 'Chỉ xác nhận khi bạn đã nhận đủ hàng, đã kiểm tra và hài lòng. Nếu hàng có vấn đề, hãy khiếu nại thay vì xác nhận.',
    checkbox: 'Tôi đã nhận đủ hàng, đã kiểm tra và đồng ý chuyển tiền cho người bán.',
    checkboxRequired: 'Hãy đánh dấu ô xác nhận trước.',
    submit: 'Xác nhận và chuyển tiền cho người bán',
    done: 'Cảm ơn bạn! Tiền đã được chuyển cho người bán.',
    alreadyDone: 'Tiền của đơn hàng này đã được chuyển cho người bán trước đó.',
    notAvailable: 'Bạn chỉ xác nhận được sau khi hàng được giao, trong thời gian kiểm tra, và khi không có khiếu nại đang mở.',
    complainInstead: 'Khiếu nại thay vì xác nhận',
  },

  complaint: {
    title: 'Gửi khiếu nại',
    intro: 'Tiền của bạn được TrustCircle tạm giữ trong khi khiếu nại được xử lý. Người bán phải trả lời trước thời hạn; nếu không trả lời, bạn được giải quyết theo yêu cầu.',
    reasonLegend: 'Bạn gặp vấn đề gì?',
    reasons: {
      NOT_RECEIVED: 'Chưa nhận được hàng',
      DAMAGED: 'Hàng bị hư hỏng',
      NOT_AS_DESCRIBED: 'Hàng không đúng mô tả',
      COUNTERFEIT: 'Hàng giả, hàng nhái',
      WRONG_ITEM: 'Giao sai hàng',
      MISSING_PARTS: 'Thiếu phụ kiện hoặc bộ phận',
      OTHER: 'Vấn đề khác',
    } as Record<string, string>,
    descriptionLabel: 'Mô tả vấn đề',
    descriptionHint: 'Điều gì đã xảy ra? Ghi rõ để người bán và hòa giải viên hiểu (tối đa 5.000 ký tự).',
    outcomeLegend: 'Bạn muốn được giải quyết thế nào?',
    outcomes: {
      REFUND_FULL: (total: string) => `Hoàn toàn bộ tiền (${total})`,
      REFUND_PARTIAL: () => 'Hoàn một phần tiền, tôi giữ hàng',
      RETURN_AND_REFUND: () => 'Trả hàng và hoàn tiền',
    } as Record<string, (total: string) => string>,
    amountLabel: 'Số tiền muốn được hoàn (₫)',
    amountHint: (total: string) => `Lớn hơn 0 và nhỏ hơn tổng tiền đơn hàng ${total}.`,
    photosLabel: 'Thêm ảnh chụp',
    photosHint: 'Không bắt buộc nhưng nên có. Ảnh JPEG, PNG, WebP hoặc HEIC, tối đa 10 MB mỗi ảnh, tối đa 20 ảnh.',
    photosListLabel: 'Ảnh đã chọn',
    photoUploading: 'Đang tải lên…',
    photoUploaded: 'Đã tải lên',
    photoFailed: (reason: string) => `Không tải lên được: ${reason}`,
    removePhoto: (name: string) => `Bỏ ảnh ${name}`,
    photoTooLarge: 'ảnh lớn hơn 10 MB',
    photoNotImage: 'tệp không phải là ảnh',
    tooManyPhotos: 'Chỉ gửi được tối đa 20 ảnh.',
    vulnerableLabel: 'Tôi thuộc nhóm người tiêu dùng dễ bị tổn thương',
    vulnerableHint: 'Khiếu nại được ưu tiên; người bán và hòa giải viên phải xử lý nhanh hơn (Luật Bảo vệ quyền lợi người tiêu dùng 2023).',
    vulnerableCategoryLabel: 'Thuộc nhóm',
    vulnerableCategories: {
      ELDERLY: 'Người cao tuổi',
      DISABLED: 'Người khuyết tật',
      CHILD: 'Trẻ em',
      ETHNIC_MINORITY: 'Người dân tộc thiểu số',
      PREGNANT_OR_NURSING: 'Phụ nữ mang thai hoặc nuôi con nhỏ',
      SERIOUSLY_ILL: 'Người mắc bệnh hiểm nghèo',
      POOR_HOUSEHOLD: 'Người thuộc hộ nghèo',
      OTHER: 'Nhóm khác',
    } as Record<string, string>,
    chooseCategory: 'Chọn nhóm',
    submit: 'Gửi khiếu nại',
    waitForUploads: 'Vui lòng đợi ảnh tải lên xong.',
    removeFailedPhotos: 'Hãy bỏ các ảnh không tải lên được.',
    reasonRequired: 'Hãy chọn vấn đề bạn gặp.',
    outcomeRequired: 'Hãy chọn cách giải quyết bạn muốn.',
    amountInvalid: (total: string) => `Nhập số tiền lớn hơn 0 và nhỏ hơn ${total}, ví dụ 300.000.`,
    categoryRequired: 'Hãy chọn nhóm của bạn.',
    filed: 'Đã gửi khiếu nại. Tiền của bạn được tạm giữ trong khi khiếu nại được xử lý.',
    existingComplaint: 'Xem khiếu nại đang mở',
  },

  dispute: {
    title: (code: string) => `Khiếu nại về đơn ${code}`,
    statusHeading: 'Tình trạng',
    nextStepHeading: 'Việc tiếp theo',
    deadlines: {
      MERCHANT_RESPONSE: (time: string, remaining: string) =>
        `Người bán phải trả lời trước ${time} (${remaining}). Nếu không trả lời, bạn được giải quyết theo yêu cầu.`,
      BUYER_OFFER_RESPONSE: (time: string, remaining: string) =>
        `Bạn cần trả lời đề nghị của người bán trước ${time} (${remaining}). Nếu không trả lời, khiếu nại được chuyển cho hòa giải viên.`,
      BUYER_ESCALATION: (time: string, remaining: string) =>
        `Nếu không đồng ý, bạn cần chuyển cho hòa giải viên trước ${time} (${remaining}). Nếu không, khiếu nại kết thúc và tiền được chuyển cho người bán.`,
      MEDIATOR_DECISION: (time: string, remaining: string) => `Hòa giải viên sẽ quyết định trước ${time} (${remaining}).`,
      RETURN_SHIPMENT: (time: string, remaining: string) =>
        `Bạn cần gửi trả hàng trước ${time} (${remaining}). Nếu không, khiếu nại kết thúc và tiền được chuyển cho người bán.`,
    } as Record<string, (time: string, remaining: string) => string>,
    otherDeadline: (time: string, remaining: string) => `Thời hạn tiếp theo: ${time} (${remaining}).`,
    noDeadline: 'Khiếu nại đã kết thúc.',
    money: {
      held: 'Tiền đang được TrustCircle tạm giữ.',
      notHeld: 'Tiền đã được chuyển trước khi bạn khiếu nại; nếu bạn được hoàn, TrustCircle sẽ thu hồi từ người bán.',
      pending: 'Đang xác nhận việc tạm giữ tiền.',
    },
    detailsHeading: 'Nội dung khiếu nại',
    reasonLabel: 'Vấn đề',
    requestLabel: 'Yêu cầu',
    requests: {
      REFUND_FULL: () => 'Hoàn toàn bộ tiền',
      REFUND_PARTIAL: (amount: string) => `Hoàn một phần: ${amount}`,
      RETURN_AND_REFUND: () => 'Trả hàng và hoàn tiền',
    } as Record<string, (amount: string) => string>,
    descriptionLabel: 'Mô tả',
    openedLabel: 'Gửi lúc',
    offerHeading: 'Đề nghị của người bán',
    offerText: (amount: string, total: string, due: string) => `Người bán đề nghị hoàn cho bạn ${amount} (đơn hàng ${total}). Hãy trả lời trước ${due}.`,
    acceptOffer: (amount: string) => `Chấp nhận hoàn ${amount}`,
    acceptOfferConsequence: (amount: string) => `Khiếu nại kết thúc: bạn được hoàn ${amount}, phần còn lại chuyển cho người bán. Việc này không thể hoàn tác.`,
    declineOffer: 'Từ chối, nhờ hòa giải viên quyết định',
    declineOfferConsequence: 'Khiếu nại được chuyển cho hòa giải viên. Hòa giải viên có thể quyết định khác với đề nghị này.',
    escalateHeading: 'Không đồng ý với người bán?',
    escalateIntro: 'Hòa giải viên của TrustCircle sẽ xem xét bằng chứng của hai bên và quyết định.',
    escalateMessageLabel: 'Vì sao bạn không đồng ý?',
    escalateSubmit: 'Chuyển cho hòa giải viên',
    withdrawHeading: 'Rút khiếu nại',
    withdrawConsequence:
      'Tiền không còn bị tạm giữ và thời gian kiểm tra còn lại tiếp tục. Nếu vẫn còn trong thời gian kiểm tra, bạn có thể khiếu nại lại.',
    withdrawSubmit: 'Rút khiếu nại',
    replyHeading: 'Gửi thêm thông tin',
    replyLabel: 'Tin nhắn',
    replySubmit: 'Gửi tin nhắn',
    messageRequired: 'Hãy nhập nội dung.',
    confirmQuestion: 'Bạn chắc chắn chứ?',
    confirmYes: 'Đồng ý',
    actionDone: {
      offerAccepted: 'Bạn đã chấp nhận đề nghị. Tiền hoàn sẽ sớm được chuyển cho bạn.',
      offerDeclined: 'Bạn đã từ chối đề nghị. Khiếu nại được chuyển cho hòa giải viên.',
      escalated: 'Khiếu nại đã được chuyển cho hòa giải viên.',
      withdrawn: 'Bạn đã rút khiếu nại.',
      replied: 'Đã gửi tin nhắn.',
    },
    trailHeading: 'Lịch sử xử lý',
    authors: { BUYER: 'Bạn', MERCHANT: 'Người bán', MEDIATOR: 'Hòa giải viên', SYSTEM: 'TrustCircle' } as Record<string, string>,
    messageKinds: {
      FILED: 'Gửi khiếu nại',
      REPLY: 'Tin nhắn',
      HOLD_ACCEPTED: 'Tiền được tạm giữ',
      HOLD_REFUSED: 'Tiền đã được chuyển trước khi khiếu nại',
      MERCHANT_ACCEPTED: 'Người bán chấp nhận khiếu nại',
      MERCHANT_REJECTED: 'Người bán từ chối khiếu nại',
      OFFER_MADE: 'Người bán đề nghị hoàn một phần',
      OFFER_ACCEPTED: 'Bạn chấp nhận đề nghị',
      OFFER_DECLINED: 'Bạn từ chối đề nghị',
      OFFER_LAPSED: 'Đề nghị hết hạn trả lời',
      ESCALATED: 'Chuyển cho hòa giải viên',
      DEFAULT_JUDGMENT: 'Người bán không trả lời đúng hạn: bạn được giải quyết theo yêu cầu',
      CLOSED_NOT_ESCALATED: 'Khiếu nại kết thúc vì không được chuyển cho hòa giải viên đúng hạn',
      MEDIATOR_DEADLINE_BREACHED: 'Hòa giải viên chưa quyết định đúng hạn; khiếu nại được ưu tiên',
      DECIDED: 'Hòa giải viên đã quyết định',
      VULNERABLE_CONFIRMED: 'Xác nhận người tiêu dùng dễ bị tổn thương',
      VULNERABLE_REMOVED: 'Bỏ ưu tiên người tiêu dùng dễ bị tổn thương',
      WITHDRAWN: 'Bạn rút khiếu nại',
      RETURN_DELIVERED: 'Hàng trả đã đến người bán',
      RETURN_NOT_SHIPPED: 'Hàng không được gửi trả đúng hạn',
    } as Record<string, string>,
    evidenceHeading: 'Bằng chứng',
    evidenceFile: (by: string, size: string) => `Tệp của ${by.toLowerCase()} (${size})`,
    evidenceLink: (by: string) => `Liên kết của ${by.toLowerCase()}`,
    evidenceOpen: 'Tải xuống',
    evidenceOpenFailed: 'Không mở được tệp.',
    courierHeading: 'Hành trình vận chuyển',
    outcomeHeading: 'Kết quả',
    outcomes: {
      REFUND_FULL: 'Hoàn toàn bộ tiền cho bạn',
      REFUND_PARTIAL: 'Hoàn một phần tiền cho bạn',
      RELEASE_TO_SELLER: 'Chuyển tiền cho người bán',
      RETURN_AND_REFUND: 'Bạn trả hàng và được hoàn tiền',
    } as Record<string, string>,
    refundToYou: (amount: string) => `Số tiền hoàn cho bạn: ${amount}.`,
    decisionReason: 'Lý do của hòa giải viên',
    afterDecisionHeading: 'Nếu bạn chưa đồng ý với quyết định',
  },

  refund: {
    title: 'Tài khoản nhận tiền hoàn',
    intro: 'Đơn thanh toán khi nhận hàng (COD) được hoàn vào tài khoản ngân hàng hoặc ví điện tử của bạn.',
    privacy: 'Số tài khoản và tên chủ tài khoản được mã hóa; chỉ đơn vị thanh toán thấy khi chuyển tiền cho bạn.',
    currentHeading: 'Tài khoản đã lưu',
    current: (method: string, institution: string, masked: string, updatedAt: string) => `${method} ${institution}, số ${masked} (cập nhật lúc ${updatedAt}).`,
    none: 'Bạn chưa cho biết tài khoản nhận tiền.',
    formHeading: 'Cho biết hoặc sửa tài khoản',
    methodLegend: 'Nhận tiền qua',
    methods: { BANK_ACCOUNT: 'Tài khoản ngân hàng', EWALLET: 'Ví điện tử' } as Record<string, string>,
    bankLabel: 'Ngân hàng',
    bankHint: 'Chọn trong danh sách hoặc nhập mã ngân hàng, ví dụ VCB.',
    walletLabel: 'Ví điện tử',
    chooseWallet: 'Chọn ví',
    accountNumberLabels: { BANK_ACCOUNT: 'Số tài khoản', EWALLET: 'Số điện thoại đăng ký ví' } as Record<string, string>,
    accountNameLabel: 'Tên chủ tài khoản',
    accountNameHint: 'Như trên tài khoản; có dấu hoặc không dấu đều được.',
    submit: 'Lưu tài khoản nhận tiền',
    saved: (institution: string, masked: string) => `Đã lưu. Tiền hoàn sẽ được chuyển vào ${institution}, số ${masked}.`,
    notCod: 'Đơn này không thanh toán khi nhận hàng: tiền hoàn được trả về cách bạn đã thanh toán.',
  },

  problems: {
    network: 'Không kết nối được với TrustCircle. Hãy kiểm tra mạng và thử lại.',
    invalid: 'Thông tin chưa hợp lệ. Hãy kiểm tra các ô được đánh dấu.',
    sessionExpired: 'Phiên xem đơn hàng đã hết hạn. Vui lòng nhận mã xác nhận mới.',
    forbidden: 'Bạn không có quyền thực hiện việc này.',
    notFound: 'Không tìm thấy thông tin này.',
    conflict: 'Không thực hiện được lúc này vì tình trạng đơn hàng đã thay đổi. Hãy cập nhật trang.',
    busy: 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.',
    serviceDown: 'Một phần hệ thống tạm thời không hoạt động. Vui lòng thử lại sau ít phút.',
    rateLimited: (minutes: number) => `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    invalidOtp: 'Mã xác nhận không đúng, đã hết hạn hoặc đã dùng hết số lần thử. Hãy nhận mã mới.',
    orderNotFound: 'Không tìm thấy đơn hàng này trong phiên của bạn. Hãy tra cứu lại.',
    notInInspection: 'Bạn chỉ xác nhận được sau khi hàng được giao, trong thời gian kiểm tra, và khi không có khiếu nại đang mở.',
    notCashOnDelivery: 'Đơn này không thanh toán khi nhận hàng: tiền hoàn được trả về cách bạn đã thanh toán.',
    refundDestinationLocked: 'Tiền hoàn đang được chuyển hoặc đã chuyển vào tài khoản trước đó, nên chưa đổi được tài khoản lúc này.',
    orderNotPaid: 'Bạn chỉ khiếu nại được sau khi đơn hàng đã được thanh toán.',
    codNotDelivered: 'Đơn thanh toán khi nhận hàng chỉ khiếu nại được sau khi hàng được giao.',
    filingWindowClosed: (why: string, time: string) => `Đã hết thời gian khiếu nại: ${why} lúc ${time}.`,
    filingDeadlines: {
      INSPECTION_WINDOW_END: 'thời gian kiểm tra hàng đã kết thúc',
      RECEIPT_CONFIRMED: 'bạn đã xác nhận đã nhận hàng',
      NOT_RECEIVED_WINDOW_END: 'thời hạn báo chưa nhận được hàng đã kết thúc',
    } as Record<string, string>,
    filingWindowClosedSomeTime: 'Đã hết thời gian khiếu nại về đơn hàng này.',
    disputeAlreadyOpen: 'Đơn hàng này đã có một khiếu nại đang được xử lý.',
    disputeAlreadyDecided: 'Khiếu nại trước về đơn hàng này đã có quyết định về tiền, nên không thể khiếu nại lại.',
    disputeNotFound: 'Không tìm thấy khiếu nại này trong phiên của bạn.',
    disputeStateConflict: 'Khiếu nại đã chuyển sang bước khác, nên việc này không còn thực hiện được. Hãy cập nhật trang.',
    disputeDeadlinePassed: (time: string) => `Đã quá thời hạn cho việc này (${time}).`,
    fileTooLarge: 'Tệp quá lớn: ảnh và PDF tối đa 10 MB, video tối đa 50 MB.',
    inProgress: 'Yêu cầu trước của bạn vẫn đang được xử lý. Vui lòng đợi một chút rồi cập nhật trang.',
    correlation: (id: string) => `Mã lỗi để báo hỗ trợ: ${id}`,
    fieldCodes: {
      FILE_TYPE_MISMATCH: 'Nội dung tệp không khớp với loại tệp.',
      UNSUPPORTED_FILE_TYPE: 'Loại tệp không được hỗ trợ: hãy gửi ảnh JPEG, PNG, WebP, HEIC, tệp PDF hoặc video MP4.',
      EMPTY_FILE: 'Tệp trống.',
      FILE_REQUIRED: 'Hãy chọn một tệp.',
      MALFORMED_UPLOAD: 'Tải tệp không thành công, hãy thử lại.',
      FILE_TOO_LARGE: 'Tệp quá lớn: ảnh tối đa 10 MB.',
      FILE_NOT_FOUND: 'Một ảnh đính kèm không còn dùng được. Hãy bỏ ảnh đó và tải lên lại.',
      FILE_ALREADY_ATTACHED: 'Ảnh này đã được gửi trong khiếu nại rồi.',
      TOO_MANY_ITEMS: 'Chỉ gửi được tối đa 20 bằng chứng mỗi lần.',
      AMOUNT_REQUIRED: 'Hãy nhập số tiền muốn được hoàn.',
      AMOUNT_NOT_ALLOWED: 'Chỉ nhập số tiền khi yêu cầu hoàn một phần.',
    } as Record<string, string>,
    fields: {
      orderCode: 'Mã đơn hàng không hợp lệ.',
      phone: 'Số điện thoại không hợp lệ.',
      otp: 'Mã xác nhận không đúng.',
      reason: 'Hãy chọn vấn đề bạn gặp.',
      description: 'Hãy mô tả vấn đề (tối đa 5.000 ký tự).',
      requestedOutcome: 'Hãy chọn cách giải quyết.',
      requestedAmount: 'Số tiền phải lớn hơn 0 và nhỏ hơn tổng tiền đơn hàng.',
      vulnerable: 'Hãy chọn nhóm của bạn.',
      evidence: 'Có bằng chứng không hợp lệ.',
      file: 'Tệp không hợp lệ.',
      message: 'Hãy nhập nội dung (tối đa 5.000 ký tự).',
      method: 'Hãy chọn tài khoản ngân hàng hoặc ví điện tử.',
      institutionCode: 'Mã ngân hàng hoặc ví không hợp lệ: ngân hàng nhập mã viết tắt (ví dụ VCB); ví chọn một trong các ví được hỗ trợ.',
      accountNumber: 'Số tài khoản không hợp lệ: tài khoản ngân hàng gồm 6–19 chữ số; ví điện tử là số điện thoại đăng ký ví.',
      accountName: 'Tên chủ tài khoản gồm 2–100 chữ cái.',
    } as Record<string, string>,
    fieldFallback: 'Giá trị không hợp lệ.',
  },
};

/** The shape of every locale. */
export type Messages = typeof vi;

function disputeReasonVi(reason: string): string {
  return vi.complaint.reasons[reason] ?? reason;
}

function disputeOutcomeVi(outcome: string): string {
  return vi.dispute.outcomes[outcome]?.toLowerCase() ?? outcome;
}

function channelVi(channel: string): string {
  return channel === 'ZALO' ? 'Zalo' : channel === 'EMAIL' ? 'email' : 'SMS';
}
