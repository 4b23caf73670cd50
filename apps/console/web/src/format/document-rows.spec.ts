import type { IssuedDocument } from '../api/wire-types';
import { documentRows } from './document-rows';

const doc = (sequence: number, over: Partial<IssuedDocument> = {}): IssuedDocument => ({
  id: `00000000-0000-4000-8000-00000000000${sequence}`,
  number: `BL-TC-7KQ4-M2XD-0${sequence}`,
  kind: 'RECEIPT',
  subject: 'FUNDING',
  sequence,
  sha256: `${String(sequence).repeat(16)}${'a'.repeat(48)}`,
  issuedAt: '2026-11-29T03:00:00.000Z',
  content: {
    title: 'BIÊN LAI THANH TOÁN KÝ QUỸ',
    amounts: [{ code: 'HELD', label: 'Số tiền ký quỹ', amount: 1_235_000 }],
  },
  ...over,
});

describe('the portal’s document list', () => {
  it('lists the order’s chain oldest first, each with its first amount line as its headline', () => {
    const release = doc(2, {
      subject: 'RELEASE',
      content: {
        title: 'BIÊN LAI GIẢI NGÂN KÝ QUỸ CHO NGƯỜI BÁN',
        amounts: [
          { code: 'RELEASED', label: 'Số tiền giải ngân', amount: 1_235_000 },
          { code: 'FEE', label: 'Phí nền tảng', amount: 24_700 },
        ],
      },
    });
    const rows = documentRows([release, doc(1)]);
    expect(rows.map((r) => [r.number, r.title, r.headline])).toEqual([
      ['BL-TC-7KQ4-M2XD-01', 'BIÊN LAI THANH TOÁN KÝ QUỸ', { label: 'Số tiền ký quỹ', amount: 1_235_000 }],
      ['BL-TC-7KQ4-M2XD-02', 'BIÊN LAI GIẢI NGÂN KÝ QUỸ CHO NGƯỜI BÁN', { label: 'Số tiền giải ngân', amount: 1_235_000 }],
    ]);
    expect(rows[0].fingerprint).toBe('1111111111111111');
    expect(rows[0].fileName).toBe('BL-TC-7KQ4-M2XD-01.pdf');
  });

  it('has no headline for a document without amounts, and a safe file name whatever the number holds', () => {
    const [row] = documentRows([
      doc(1, {
        number: 'BB/TC 1',
        content: { title: 'BIÊN BẢN', amounts: [] },
      }),
    ]);
    expect(row.headline).toBeNull();
    expect(row.fileName).toBe('BB_TC_1.pdf');
  });
});
