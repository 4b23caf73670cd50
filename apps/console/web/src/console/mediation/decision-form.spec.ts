import { acceptsMessages, checkDecision, isDecidable, MAX_REASONING } from './decision-form';

describe(checkDecision.name, () => {
  const total = 1_000_000;

  it('needs an outcome and reasoning', () => {
    const checked = checkDecision({ outcome: '', amount: '', reasoning: '  ' }, total);
    expect(checked).toEqual({ ok: false, errors: { outcome: 'Choose an outcome.', reasoning: 'Write the reasoning: both parties see it.' } });
  });

  it('sends no amount for outcomes other than a partial refund, even when one was typed', () => {
    expect(checkDecision({ outcome: 'REFUND_FULL', amount: '5000', reasoning: ' Photos show the damage. ' }, total)).toEqual({
      ok: true,
      body: { outcome: 'REFUND_FULL', reason: 'Photos show the damage.' },
    });
    expect(checkDecision({ outcome: 'RELEASE_TO_SELLER', amount: '', reasoning: 'Delivered as described.' }, total)).toEqual({
      ok: true,
      body: { outcome: 'RELEASE_TO_SELLER', reason: 'Delivered as described.' },
    });
  });

  it('takes a partial refund as whole VND, the Vietnamese way too', () => {
    expect(checkDecision({ outcome: 'REFUND_PARTIAL', amount: '400.000', reasoning: 'Half the set is missing.' }, total)).toEqual({
      ok: true,
      body: { outcome: 'REFUND_PARTIAL', amount: 400_000, reason: 'Half the set is missing.' },
    });
    expect(checkDecision({ outcome: 'REFUND_PARTIAL', amount: '400000 ₫', reasoning: 'x' }, total)).toMatchObject({ ok: true, body: { amount: 400_000 } });
  });

  it('refuses a partial amount that is missing, not whole, zero, or not below the order total', () => {
    const errorOf = (amount: string) => {
      const checked = checkDecision({ outcome: 'REFUND_PARTIAL', amount, reasoning: 'x' }, total);
      return checked.ok ? null : checked.errors.amount;
    };
    expect(errorOf('')).toBe('Enter the amount to refund, in whole VND.');
    expect(errorOf('1500.5')).toBe('Enter a whole number of VND (no decimals).');
    expect(errorOf('abc')).toBe('Enter a whole number of VND (no decimals).');
    expect(errorOf('0')).toMatch(/more than 0 and less than the order total/);
    expect(errorOf('1.000.000')).toMatch(/more than 0 and less than the order total/);
    expect(errorOf('999.999')).toBeNull();
  });

  it('refuses reasoning over the limit', () => {
    const checked = checkDecision({ outcome: 'REFUND_FULL', amount: '', reasoning: 'x'.repeat(MAX_REASONING + 1) }, total);
    expect(checked).toEqual({ ok: false, errors: { reasoning: `At most ${MAX_REASONING} characters.` } });
  });
});

describe(isDecidable.name, () => {
  it('lets a mediator decide an escalated dispute without an outcome only', () => {
    expect(isDecidable('ESCALATED', false)).toBe(true);
    expect(isDecidable('ESCALATED', true)).toBe(false);
    expect(isDecidable('AWAITING_MERCHANT', false)).toBe(false);
    expect(isDecidable('RESOLVED', true)).toBe(false);
  });
});

describe(acceptsMessages.name, () => {
  it('takes messages while the dispute is open', () => {
    expect(acceptsMessages('ESCALATED')).toBe(true);
    expect(acceptsMessages('AWAITING_RETURN')).toBe(true);
    expect(acceptsMessages('RESOLVED')).toBe(false);
    expect(acceptsMessages('WITHDRAWN')).toBe(false);
    expect(acceptsMessages('CLOSED')).toBe(false);
  });
});
