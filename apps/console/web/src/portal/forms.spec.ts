import { checkComplaint, checkRefundForm, complaintBody, type ComplaintForm, institutionName, isPlausibleOrderCode, isPlausibleVnPhone, otpOf, photoProblem, refundBody } from './forms';

describe('lookup inputs', () => {
  it('accepts order codes the way buyers type them', () => {
    for (const ok of ['TC-7KQ4-M2XD', 'tc7kq4m2xd', '7KQ4-M2XD', ' TC 7KQ4 M2XD ']) expect([ok, isPlausibleOrderCode(ok)]).toEqual([ok, true]);
    for (const bad of ['', 'TC-7KQ4', 'TC-7KQ4-M2XD-9', 'TC_7KQ4_M2XD', 'đơn hàng']) expect([bad, isPlausibleOrderCode(bad)]).toEqual([bad, false]);
  });

  it('accepts Vietnamese mobile numbers in their usual forms', () => {
    for (const ok of ['0901234567', '090 123 4567', '090.123.4567', '+84901234567', '84901234567', '0084901234567']) expect([ok, isPlausibleVnPhone(ok)]).toEqual([ok, true]);
    for (const bad of ['', '090123456', '09012345678', '+1 415 555 0100', 'abc']) expect([bad, isPlausibleVnPhone(bad)]).toEqual([bad, false]);
  });

  it('reads a 6-digit code, spaces forgiven', () => {
    expect(otpOf(' 493 817 ')).toBe('493817');
    expect(otpOf('49381')).toBeNull();
    expect(otpOf('49381a')).toBeNull();
  });
});

describe('complaint form', () => {
  const form: ComplaintForm = { reason: 'DAMAGED', description: '  Màn hình bị vỡ  ', requestedOutcome: 'REFUND_PARTIAL', amount: '300.000', vulnerable: true, vulnerableCategory: 'ELDERLY' };

  it('builds the filing body: trimmed text, whole VND, the declaration and the evidence', () => {
    expect(checkComplaint(form, 1_235_000)).toEqual({});
    expect(complaintBody(form, 'TC-7KQ4-M2XD', [{ fileId: 'f-1' }])).toEqual({
      orderCode: 'TC-7KQ4-M2XD',
      reason: 'DAMAGED',
      description: 'Màn hình bị vỡ',
      requestedOutcome: 'REFUND_PARTIAL',
      requestedAmount: 300_000,
      vulnerable: { category: 'ELDERLY' },
      evidence: [{ fileId: 'f-1' }],
    });
    expect(complaintBody({ ...form, requestedOutcome: 'REFUND_FULL', vulnerable: false }, 'TC-7KQ4-M2XD', [])).toEqual({
      orderCode: 'TC-7KQ4-M2XD',
      reason: 'DAMAGED',
      description: 'Màn hình bị vỡ',
      requestedOutcome: 'REFUND_FULL',
    });
  });

  it('names each missing or invalid input', () => {
    expect(checkComplaint({ reason: '', description: ' ', requestedOutcome: '', amount: '', vulnerable: true, vulnerableCategory: '' }, 1_235_000)).toEqual({
      reason: 'required',
      description: 'required',
      requestedOutcome: 'required',
      vulnerable: 'required',
    });
    for (const amount of ['0', '1.235.000', '2.000.000', 'ba trăm']) expect([amount, checkComplaint({ ...form, amount }, 1_235_000)]).toEqual([amount, { requestedAmount: 'invalid' }]);
    expect(checkComplaint({ ...form, description: 'x'.repeat(5001) }, 1_235_000)).toEqual({ description: 'invalid' });
  });
});

describe('refund account form', () => {
  it('needs every field and sends the bank code upper case', () => {
    expect(checkRefundForm({ method: '', institutionCode: ' ', accountNumber: '', accountName: 'An' })).toEqual({ method: 'required', institutionCode: 'required', accountNumber: 'required' });
    expect(refundBody({ method: 'BANK_ACCOUNT', institutionCode: ' vcb ', accountNumber: ' 0011 2233 4678 9 ', accountName: ' Nguyễn Văn An ' })).toEqual({
      method: 'BANK_ACCOUNT',
      institutionCode: 'VCB',
      accountNumber: '0011 2233 4678 9',
      accountName: 'Nguyễn Văn An',
    });
    expect([institutionName('VCB'), institutionName('MOMO'), institutionName('XYZ')]).toEqual(['Vietcombank', 'MoMo', 'XYZ']);
  });
});

describe(photoProblem.name, () => {
  it('takes photos up to 10 MB', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 10 * 1024 * 1024, name: 'a.jpg' })).toBeNull();
    expect(photoProblem({ type: '', size: 1000, name: 'IMG_0001.HEIC' })).toBeNull();
    expect(photoProblem({ type: 'image/png', size: 10 * 1024 * 1024 + 1, name: 'a.png' })).toBe('tooLarge');
    expect(photoProblem({ type: 'application/pdf', size: 1000, name: 'a.pdf' })).toBe('notImage');
  });
});
