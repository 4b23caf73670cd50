import { actionLabel, blankProposal, checkPostings, checkProposal, orderRefOf, pickOrder, type ProposalDraft } from './money-forms';

const draft = (over: Partial<ProposalDraft>): ProposalDraft => ({ ...blankProposal('TC-7KQ4-M2XD'), kind: 'FORCE_REFUND', reason: 'Parcel lost, courier confirmed.', ...over });

describe(orderRefOf.name, () => {
  it('reads an order code in any case, or an order id', () => {
    expect(orderRefOf(' tc-7kq4-m2xd ')).toEqual({ by: 'code', code: 'TC-7KQ4-M2XD' });
    expect(orderRefOf('0B9F2C3E-6A51-4F7E-9C1D-2E8A4B6C7D10')).toEqual({ by: 'id', orderId: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10' });
    expect(orderRefOf('0901234567')).toBeNull();
    expect(orderRefOf('')).toBeNull();
  });
});

describe(pickOrder.name, () => {
  const hits = [
    { orderId: 'aaaaaaaa-0000-4000-8000-000000000001', code: 'TC-AAAA-0001', status: 'FUNDED', totalAmount: 1 },
    { orderId: 'aaaaaaaa-0000-4000-8000-000000000002', code: null, status: null, totalAmount: null },
  ];
  it('takes exactly the order named, never another match of the search', () => {
    expect(pickOrder(hits, { by: 'code', code: 'TC-AAAA-0001' })?.orderId).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    expect(pickOrder(hits, { by: 'code', code: 'TC-AAAA-0003' })).toBeNull();
    expect(pickOrder(hits, { by: 'id', orderId: 'aaaaaaaa-0000-4000-8000-000000000002' })?.code).toBeNull();
  });
});

describe(checkProposal.name, () => {
  it('builds the body: amount optional for a force refund or release', () => {
    expect(checkProposal(draft({}))).toEqual({ ok: true, order: { by: 'code', code: 'TC-7KQ4-M2XD' }, body: { kind: 'FORCE_REFUND', reason: 'Parcel lost, courier confirmed.' } });
    expect(checkProposal(draft({ kind: 'FORCE_RELEASE', amount: '1.235.000' }))).toMatchObject({ ok: true, body: { kind: 'FORCE_RELEASE', amount: 1_235_000 } });
  });

  it('needs the amount of a claw-back, in whole VND above 0', () => {
    const errorOf = (amount: string) => {
      const c = checkProposal(draft({ kind: 'CLAWBACK', amount }));
      return c.ok ? null : c.errors.amount;
    };
    expect(errorOf('')).toBe('A claw-back needs the amount to take back from the seller.');
    expect(errorOf('12.5')).toBe('Enter a whole number of VND (no decimals).');
    expect(errorOf('0')).toBe('The amount must be more than 0.');
    expect(errorOf('450000')).toBeNull();
  });

  it('names each invalid field', () => {
    const c = checkProposal({ ...blankProposal(''), disputeId: 'nope', reason: 'x'.repeat(1001) });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(Object.keys(c.errors).sort()).toEqual(['disputeId', 'kind', 'order', 'reason']);
  });

  it('passes a dispute id through, lower-cased', () => {
    expect(checkProposal(draft({ disputeId: 'AAAAAAAA-0000-4000-8000-000000000009' }))).toMatchObject({ ok: true, body: { disputeId: 'aaaaaaaa-0000-4000-8000-000000000009' } });
  });

  it('sends the lines of a correcting entry, and checks the amount against the debits', () => {
    const postings = [
      { accountCode: 'held_funds:e1', side: 'DEBIT' as const, amount: '10.000' },
      { accountCode: 'seller_payable:e1:s1', side: 'CREDIT' as const, amount: '10000' },
      { accountCode: '', side: 'DEBIT' as const, amount: '' },
    ];
    expect(checkProposal(draft({ kind: 'CORRECTING_ENTRY', postings }))).toMatchObject({
      ok: true,
      body: {
        kind: 'CORRECTING_ENTRY',
        postings: [
          { accountCode: 'held_funds:e1', side: 'DEBIT', amount: 10_000 },
          { accountCode: 'seller_payable:e1:s1', side: 'CREDIT', amount: 10_000 },
        ],
      },
    });
    const wrongAmount = checkProposal(draft({ kind: 'CORRECTING_ENTRY', amount: '9000', postings }));
    expect(wrongAmount.ok ? null : wrongAmount.errors.amount).toBe('The amount must equal the debits (10000) or be left blank.');
  });

  it('ignores the lines for other actions', () => {
    const c = checkProposal(draft({ kind: 'FORCE_REFUND', postings: [{ accountCode: 'x', side: 'DEBIT', amount: '1' }] }));
    expect(c.ok && c.body.postings).toBe(undefined);
  });
});

describe(checkPostings.name, () => {
  it('needs two lines, named accounts, whole amounts, and balance', () => {
    expect(checkPostings([{ accountCode: 'a', side: 'DEBIT', amount: '1' }])).toEqual({ ok: false, error: 'A correcting entry needs at least two lines.' });
    expect(
      checkPostings([
        { accountCode: 'a', side: 'DEBIT', amount: '1' },
        { accountCode: '', side: 'CREDIT', amount: '1' },
      ]),
    ).toEqual({ ok: false, error: 'Line 2: enter the ledger account code.' });
    expect(
      checkPostings([
        { accountCode: 'a', side: 'DEBIT', amount: '1.5' },
        { accountCode: 'b', side: 'CREDIT', amount: '1' },
      ]),
    ).toEqual({ ok: false, error: 'Line 1: enter a whole VND amount above 0.' });
    expect(
      checkPostings([
        { accountCode: 'a', side: 'DEBIT', amount: '300' },
        { accountCode: 'b', side: 'CREDIT', amount: '200' },
      ]),
    ).toEqual({ ok: false, error: 'Debits (300) and credits (200) must be equal.' });
    expect(
      checkPostings([
        { accountCode: 'a', side: 'DEBIT', amount: '300' },
        { accountCode: 'b', side: 'CREDIT', amount: '100' },
        { accountCode: 'c', side: 'CREDIT', amount: '200' },
      ]),
    ).toMatchObject({ ok: true, debits: 300 });
  });
});

describe(actionLabel.name, () => {
  it('names the actions as the form does', () => {
    expect(actionLabel('CLAWBACK')).toBe('Claw-back');
    expect(actionLabel('CORRECTING_ENTRY')).toBe('Correcting entry');
    expect(actionLabel('SOMETHING_NEW')).toBe('something new');
  });
});
