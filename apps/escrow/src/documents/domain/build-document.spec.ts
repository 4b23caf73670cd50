import { sampleDocument } from '../testing/sample-document';

describe('buildDocument', () => {
  it('titles, numbers and times the document in Vietnamese, amounts in whole VND, linked to the previous one', () => {
    const doc = sampleDocument();
    expect(doc).toMatchObject({
      number: 'BL-TC-7KQ4-M2XD-02',
      title: 'BIÊN LAI HOÀN TIỀN CHO NGƯỜI MUA',
      occurredAt: '2026-11-29T14:30:00+07:00',
      issuedAt: '2026-11-29T14:30:01+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      currency: 'VND',
      amounts: [{ code: 'REFUNDED', amount: 1_235_000 }],
      chain: { sequence: 2, previousSha256: 'a'.repeat(64) },
    });
    expect(Number.isSafeInteger(doc.amounts[0].amount)).toBe(true);
  });
});
