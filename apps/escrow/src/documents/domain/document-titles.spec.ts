import { DOCUMENT_SUBJECTS } from '@trustcircle/contracts';
import { documentTitle, kindName, PDF_LABELS } from './document-titles';
import { DOCUMENT_OF_EVENT, documentNumber } from './electronic-document';

describe('document titles and labels', () => {
  it('titles each subject in Vietnamese', () => {
    expect(documentTitle('FUNDING')).toBe('BIÊN LAI THANH TOÁN KÝ QUỸ');
    expect(documentTitle('DISPUTE_DECISION')).toBe('BIÊN BẢN QUYẾT ĐỊNH KHIẾU NẠI');
    expect(documentTitle('PARTNER_SETTLEMENT')).toBe('BẢNG KÊ QUYẾT TOÁN');
    expect(new Set(DOCUMENT_SUBJECTS.map(documentTitle)).size).toBe(DOCUMENT_SUBJECTS.length);
  });

  it('maps each documented event to its kind and subject (a receipt per movement, a record per decision, a statement per day)', () => {
    expect(DOCUMENT_OF_EVENT['escrow.escrow-refunded']).toEqual({ kind: 'RECEIPT', subject: 'REFUND' });
    expect(DOCUMENT_OF_EVENT['disputes.dispute-resolved']).toEqual({ kind: 'DECISION_RECORD', subject: 'DISPUTE_DECISION' });
    expect(DOCUMENT_OF_EVENT['escrow.partner-settlement-closed']).toEqual({ kind: 'STATEMENT', subject: 'PARTNER_SETTLEMENT' });
    expect(kindName('DECISION_RECORD')).toBe('Biên bản');
  });

  it('numbers documents by kind, reference and sequence', () => {
    expect(documentNumber('RECEIPT', 'TC-7KQ4-M2XD', 3)).toBe('BL-TC-7KQ4-M2XD-03');
    expect(documentNumber('STATEMENT', '2026-11-29', 1)).toBe('BK-2026-11-29-01');
  });

  it('labels the order code as Vietnamese readers expect', () => {
    expect(PDF_LABELS.orderCode).toBe('Mã đơn hàng');
  });
});
