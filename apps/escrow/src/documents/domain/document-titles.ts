import type { DocumentKind, DocumentSubject } from '@trustcircle/contracts';

const TITLES: Record<DocumentSubject, string> = {
  FUNDING: 'BIÊN LAI THANH TOÁN KÝ QUỸ',
  RELEASE: 'BIÊN LAI GIẢI NGÂN KÝ QUỸ CHO NGƯỜI BÁN',
  REFUND: 'BIÊN LAI HOÀN TIỀN CHO NGƯỜI MUA',
  PAYOUT: 'BIÊN LAI CHI TRẢ CHO NGƯỜI BÁN',
  COD_REMITTANCE: 'BIÊN LAI NHẬN TIỀN THU HỘ (COD)',
  DISPUTE_DECISION: 'BIÊN BẢN QUYẾT ĐỊNH KHIẾU NẠI',
  PARTNER_SETTLEMENT: 'BẢNG KÊ QUYẾT TOÁN',
};

const KIND_NAMES: Record<DocumentKind, string> = { RECEIPT: 'Biên lai', DECISION_RECORD: 'Biên bản', STATEMENT: 'Bảng kê' };

/** The printed title of a document (Vietnamese, upper case). */
export function documentTitle(subject: DocumentSubject): string {
  return TITLES[subject];
}

/** The Vietnamese name of a document kind (`Biên lai`, `Biên bản`, `Bảng kê`). */
export function kindName(kind: DocumentKind): string {
  return KIND_NAMES[kind];
}

/** The labels the PDF prints (Vietnamese). */
export const PDF_LABELS = {
  documentNumber: 'Số chứng từ',
  documentId: 'Mã chứng từ',
  kind: 'Loại chứng từ',
  orderCode: 'Mã đơn hàng',
  orderId: 'Mã định danh đơn hàng',
  parties: 'Các bên',
  marketplace: 'Sàn thương mại điện tử',
  seller: 'Người bán',
  paymentPartner: 'Đối tác thanh toán',
  buyer: 'Người mua',
  amounts: 'Số tiền',
  facts: 'Chi tiết',
  occurredAt: 'Thời điểm phát sinh',
  issuedAt: 'Thời điểm lập chứng từ',
  source: 'Sự kiện gốc',
  integrity: 'Chữ ký số và chuỗi chứng từ',
  sha256: 'Mã băm SHA-256 (JWS)',
  previousSha256: 'Mã băm chứng từ trước',
  firstOfChain: '(chứng từ đầu tiên của chuỗi)',
  kid: 'Mã khóa ký (kid)',
  verify: 'Cách kiểm tra',
} as const;

/** Vietnamese names of the fact keys a document may carry (others print by their key). */
export const FACT_LABELS: Record<string, string> = {
  reason: 'Lý do',
  refundType: 'Hình thức hoàn tiền',
  disputeId: 'Mã khiếu nại',
  outcome: 'Kết quả giải quyết',
  instructionId: 'Mã lệnh chi',
  partnerReference: 'Mã tham chiếu của đối tác',
  source: 'Nguồn tiền',
  remittanceId: 'Mã đợt nộp tiền',
  trackingNumber: 'Mã vận đơn',
  bankReference: 'Mã giao dịch ngân hàng',
  feeBps: 'Phí nền tảng (phần vạn)',
  afterPartialRefund: 'Sau hoàn tiền một phần',
  businessDate: 'Ngày nghiệp vụ',
  lineCount: 'Số dòng giao dịch',
  beneficiaryInstitution: 'Ngân hàng/ví nhận',
  beneficiaryAccount: 'Tài khoản nhận',
  moneyHeld: 'Tiền đang được giữ',
};
