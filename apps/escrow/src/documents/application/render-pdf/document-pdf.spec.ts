import { pdfText } from '../../testing/pdf-text';
import { sampleDocument } from '../../testing/sample-document';
import { renderDocumentPdf } from './document-pdf';

const integrity = { sha256: 'b'.repeat(64), previousSha256: 'a'.repeat(64), kid: 'kid-1', verifyUrl: '/v1/documents/verify', jwksUrl: '/.well-known/jwks.json' };

describe('document PDF', () => {
  it('renders the same document to the same bytes (metadata dated by the document, not by now)', async () => {
    const a = await renderDocumentPdf(sampleDocument(), integrity);
    const b = await renderDocumentPdf(sampleDocument(), integrity);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
  });

  it('prints Vietnamese with its diacritics intact (embedded DejaVu Sans), amounts as "1.235.000 ₫"', async () => {
    const text = pdfText(await renderDocumentPdf(sampleDocument(), integrity));
    for (const s of ['BIÊN LAI HOÀN TIỀN CHO NGƯỜI MUA', 'Mã đơn hàng', 'TC-7KQ4-M2XD', '1.235.000 ₫', 'Chợ Tốt Đẹp', 'Ví Điện Tử Việt', '14:30:00 ngày 29/11/2026', 'b'.repeat(64), 'kid-1']) {
      expect(text).toContain(s);
    }
  });
});
