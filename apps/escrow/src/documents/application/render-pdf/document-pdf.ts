import PDFDocument from 'pdfkit';
import { FACT_LABELS, kindName, PDF_LABELS } from '../../domain/document-titles';
import type { ElectronicDocument } from '../../domain/electronic-document';
import { formatVnd, vietnamHumanTime } from '../../domain/vietnamese-format';

/**
 * DejaVu Sans (regular and bold): embedded TrueType fonts with the Vietnamese glyphs the 14 standard PDF fonts
 * lack. Resolved through the module system, so the path holds from the sources and from compiled `dist`.
 */
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** What the PDF prints beside the signed content. */
export interface PdfIntegrity {
  sha256: string;
  previousSha256: string | null;
  kid: string;
  /** Absolute or relative URLs of the verification endpoint and the key set. */
  verifyUrl: string;
  jwksUrl: string;
}

const VALUE_NAMES: Record<string, string> = {
  PREPAID: 'Thanh toán trước',
  COD_REMITTANCE: 'Tiền thu hộ (COD)',
  FULL: 'Toàn bộ',
  PARTIAL: 'Một phần',
  DISPUTE_OUTCOME: 'Theo kết quả giải quyết khiếu nại',
  INSPECTION_WINDOW_ELAPSED: 'Hết thời hạn kiểm hàng',
  RECEIPT_CONFIRMED: 'Người mua xác nhận đã nhận hàng',
  REFUND_FULL: 'Hoàn tiền toàn bộ',
  REFUND_PARTIAL: 'Hoàn tiền một phần',
  RELEASE_TO_SELLER: 'Giải ngân cho người bán',
  RETURN_AND_REFUND: 'Trả hàng và hoàn tiền',
};

function factValue(value: string | number | boolean | null): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return VALUE_NAMES[String(value)] ?? String(value);
}

/**
 * Renders a document as a printable A4 PDF in Vietnamese: title, number, order code, parties, amounts
 * (`1.235.000 ₫`), times in Vietnam time, the facts, and the integrity block (SHA-256, previous hash, key id, how to
 * verify). The PDF's metadata dates are the document's issue time, so the same document renders to the same bytes.
 */
export function renderDocumentPdf(doc: ElectronicDocument, integrity: PdfIntegrity): Promise<Buffer> {
  const issuedAt = new Date(doc.issuedAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    font: FONTS.regular,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: `${doc.title} ${doc.number}`, Author: 'TrustCircle', Subject: doc.subject, Creator: 'TrustCircle escrow', Producer: 'TrustCircle', CreationDate: issuedAt, ModDate: issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', FONTS.regular);
  pdf.registerFont('bold', FONTS.bold);

  const heading = (text: string): void => {
    pdf.moveDown(0.6).font('bold').fontSize(12).text(text).font('regular').fontSize(10);
  };
  const row = (label: string, value: string): void => {
    pdf.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };

  pdf.font('bold').fontSize(16).text(doc.title, { align: 'center' });
  pdf.font('regular').fontSize(10).text(`${kindName(doc.kind)} điện tử có chữ ký số — TrustCircle`, { align: 'center' }).moveDown();
  row(PDF_LABELS.documentNumber, doc.number);
  row(PDF_LABELS.documentId, doc.documentId);
  if (doc.orderCode) row(PDF_LABELS.orderCode, doc.orderCode);
  if (doc.orderId) row(PDF_LABELS.orderId, doc.orderId);
  row(PDF_LABELS.occurredAt, `${vietnamHumanTime(new Date(doc.occurredAt))} — ${doc.occurredAt}`);
  row(PDF_LABELS.issuedAt, `${vietnamHumanTime(issuedAt)} — ${doc.issuedAt}`);

  heading(PDF_LABELS.parties);
  const p = doc.parties;
  if (p.marketplace) row(PDF_LABELS.marketplace, [p.marketplace.name, p.marketplace.id].filter(Boolean).join(' — '));
  if (p.seller) row(PDF_LABELS.seller, p.seller.id ?? '—');
  if (p.paymentPartner) row(PDF_LABELS.paymentPartner, [p.paymentPartner.name, p.paymentPartner.id].filter(Boolean).join(' — '));
  if (p.buyer) row(PDF_LABELS.buyer, [p.buyer.reference, p.buyer.contact].filter(Boolean).join(' — '));

  heading(PDF_LABELS.amounts);
  for (const a of doc.amounts) row(a.label, formatVnd(a.amount));

  const facts = Object.entries(doc.facts).filter(([, v]) => v !== null);
  if (facts.length > 0) {
    heading(PDF_LABELS.facts);
    for (const [key, value] of facts) row(FACT_LABELS[key] ?? key, factValue(value));
  }

  heading(PDF_LABELS.integrity);
  row(PDF_LABELS.source, `${doc.source.eventType} (${doc.source.eventId})`);
  row(PDF_LABELS.sha256, integrity.sha256);
  row(PDF_LABELS.previousSha256, integrity.previousSha256 ?? PDF_LABELS.firstOfChain);
  row(PDF_LABELS.kid, integrity.kid);

  heading(PDF_LABELS.verify);
  pdf.text(
    `Chứng từ này được ký số bằng khóa Ed25519 (JWS, thuật toán EdDSA). Để kiểm tra tính xác thực, gửi chuỗi JWS của chứng từ tới ` +
      `POST ${integrity.verifyUrl} với nội dung {"jws": "…"}; khóa công khai được công bố tại ${integrity.jwksUrl}. ` +
      `Mã băm SHA-256 ở trên là mã băm của chuỗi JWS; mỗi chứng từ của đơn hàng mang mã băm của chứng từ trước, tạo thành một chuỗi không thể sửa đổi.`,
  );
  pdf.end();
  return done;
}
