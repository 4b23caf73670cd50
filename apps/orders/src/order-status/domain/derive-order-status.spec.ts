import { ORDER_STATUSES, type OrderStatus } from '@trustcircle/contracts';
import { ORDER_STATUS_RULES, deriveOrderStatus } from './derive-order-status';
import type { DerivableFact, OrderFactKind } from './order-fact-kind';
import { permutations } from '../testing/permutations';

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const D1 = { disputeId: 'd1' };
const f = (kind: OrderFactKind, detail?: DerivableFact['detail']): DerivableFact => ({ kind, ...(detail ? { detail } : {}) });

interface Lifecycle {
  name: string;
  /** The facts in the order they happen. */
  facts: DerivableFact[];
  final: OrderStatus;
  /** The distinct statuses when the facts arrive in the order they happened. */
  inOrder: OrderStatus[];
  /** Every status any prefix of any arrival order may show. */
  allowed: OrderStatus[];
}

const LIFECYCLES: Lifecycle[] = [
  {
    name: 'happy path (PREPAID)',
    facts: [f('ESCROW_OPENED'), f('ESCROW_FUNDED'), f('SHIPMENT_REGISTERED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('INSPECTION_STARTED'), f('INSPECTION_ENDED'), f('ESCROW_RELEASED')],
    final: 'RELEASED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
  },
  {
    name: 'happy path (COD: funded by the remittance after delivery)',
    facts: [f('ESCROW_OPENED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('INSPECTION_STARTED'), f('COD_REMITTED'), f('ESCROW_FUNDED'), f('INSPECTION_ENDED'), f('ESCROW_RELEASED')],
    final: 'RELEASED',
    inOrder: ['PLACED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
  },
  {
    name: 'early confirmation (buyer confirms receipt)',
    facts: [f('ESCROW_FUNDED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('INSPECTION_STARTED'), f('INSPECTION_ENDED', { reason: 'RECEIPT_CONFIRMED' }), f('ESCROW_RELEASED'), f('ESCROW_PAID_OUT')],
    final: 'RELEASED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
  },
  {
    name: 'cancellation before funding',
    facts: [f('ESCROW_OPENED'), f('SHIPMENT_REGISTERED'), f('CANCELLATION_ACCEPTED')],
    final: 'CANCELLED',
    inOrder: ['PLACED', 'CANCELLED'],
    allowed: ['PLACED', 'CANCELLED'],
  },
  {
    name: 'cancellation after funding (refunded)',
    facts: [f('ESCROW_OPENED'), f('PAYMENT_RECEIVED'), f('ESCROW_FUNDED'), f('CANCELLATION_ACCEPTED'), f('CANCELLATION_REFUNDED'), f('REFUND_INSTRUCTION_ISSUED'), f('INSTRUCTION_SETTLED')],
    final: 'CANCELLED',
    inOrder: ['PLACED', 'FUNDED', 'CANCELLED'],
    allowed: ['PLACED', 'FUNDED', 'CANCELLED'],
  },
  {
    name: 'unpaid expiry (underpaid, refunded)',
    facts: [f('ESCROW_OPENED'), f('PAYMENT_RECEIVED'), f('ESCROW_UNDERPAID'), f('ESCROW_EXPIRED'), f('EXPIRY_REFUNDED'), f('REFUND_INSTRUCTION_ISSUED')],
    final: 'EXPIRED',
    inOrder: ['PLACED', 'EXPIRED'],
    allowed: ['PLACED', 'EXPIRED'],
  },
  {
    name: 'dispute → full refund',
    facts: [f('ESCROW_FUNDED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('INSPECTION_STARTED'), f('DISPUTE_OPENED', D1), f('HOLD_OUTCOME_RECORDED', D1), f('DISPUTE_RESOLVED', D1), f('REFUNDED_FULL', D1)],
    final: 'REFUNDED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'REFUNDED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'REFUNDED'],
  },
  {
    name: 'dispute → partial refund (offer accepted, the rest released)',
    facts: [f('ESCROW_FUNDED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('DISPUTE_OPENED', D1), f('OFFER_ACCEPTED', D1), f('DISPUTE_RESOLVED', D1), f('REFUNDED_PARTIAL', D1), f('ESCROW_RELEASED', D1)],
    final: 'PARTIALLY_REFUNDED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'PARTIALLY_REFUNDED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'RELEASED', 'PARTIALLY_REFUNDED'],
  },
  {
    name: 'dispute → release to the seller',
    facts: [f('ESCROW_FUNDED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('INSPECTION_STARTED'), f('DISPUTE_OPENED', D1), f('DISPUTE_RESOLVED', D1), f('HOLD_RELEASED', D1), f('ESCROW_RELEASED', D1)],
    final: 'RELEASED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'RELEASED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'RELEASED'],
  },
  {
    name: 'dispute withdrawn (window resumes, then released)',
    facts: [f('ESCROW_FUNDED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('DISPUTE_OPENED', D1), f('DISPUTE_WITHDRAWN', D1), f('HOLD_RELEASED', D1), f('INSPECTION_ENDED'), f('ESCROW_RELEASED')],
    final: 'RELEASED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'DELIVERED', 'INSPECTION_ENDED', 'RELEASED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'INSPECTION_ENDED', 'RELEASED'],
  },
  {
    name: 'dispute → return and refund',
    facts: [f('ESCROW_FUNDED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERED'), f('DISPUTE_OPENED', D1), f('DISPUTE_RESOLVED', D1), f('RETURN_PICKED_UP'), f('RETURN_DELIVERED'), f('REFUNDED_FULL', D1)],
    final: 'REFUNDED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'RETURNED', 'REFUNDED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'DISPUTED', 'RESOLVED', 'RETURNED', 'REFUNDED'],
  },
  {
    name: 'failed delivery → return → refund',
    facts: [f('ESCROW_FUNDED'), f('SHIPMENT_REGISTERED'), f('OUTBOUND_PICKED_UP'), f('OUTBOUND_DELIVERY_FAILED'), f('OUTBOUND_RETURNED'), f('REFUNDED_FULL'), f('REFUND_INSTRUCTION_ISSUED')],
    final: 'REFUNDED',
    inOrder: ['PLACED', 'FUNDED', 'PICKED_UP', 'RETURNED', 'REFUNDED'],
    allowed: ['PLACED', 'FUNDED', 'PICKED_UP', 'RETURNED', 'REFUNDED'],
  },
];

const rank = (s: OrderStatus): number => ORDER_STATUS_RULES.findIndex((r) => r.status === s);
const CLOSES_DISPUTE: OrderFactKind[] = ['DISPUTE_WITHDRAWN', 'DISPUTE_RESOLVED', 'HOLD_RELEASED'];

/** Applies the facts one by one; returns the status after each. */
function replay(facts: readonly DerivableFact[]): OrderStatus[] {
  return facts.map((_, i) => deriveOrderStatus(facts.slice(0, i + 1)));
}

function distinct(statuses: OrderStatus[]): OrderStatus[] {
  return statuses.filter((s, i) => i === 0 || statuses[i - 1] !== s);
}

describe('the permutation generator', () => {
  it.each([0, 1, 2, 3, 6])('yields all %i! distinct orderings', (n) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const seen = new Set([...permutations(items)].map((p) => p.join(',')));
    expect(seen.size).toBe(factorial(n));
    for (const p of seen) expect(p.split(',').filter(Boolean).map(Number).sort()).toEqual(items);
  });
});

describe('the precedence table', () => {
  it('gives every order status exactly one row, PLACED last', () => {
    expect([...ORDER_STATUS_RULES.map((r) => r.status)].sort()).toEqual([...ORDER_STATUSES].sort());
    expect(ORDER_STATUS_RULES.at(-1)?.status).toBe('PLACED');
  });

  it('is PLACED with no facts, and ignores timeline-only facts', () => {
    expect(deriveOrderStatus([])).toBe('PLACED');
    expect(deriveOrderStatus([f('ESCROW_OPENED'), f('PAYMENT_RECEIVED'), f('SHIPMENT_REGISTERED'), f('SHIPMENT_CHECKPOINT'), f('DOCUMENT_ISSUED'), f('EXCESS_REFUNDED')])).toBe('PLACED');
  });

  it('does not leave the order stuck when the pickup comes before the funding', () => {
    expect(deriveOrderStatus([f('OUTBOUND_PICKED_UP')])).toBe('PICKED_UP');
    expect(deriveOrderStatus([f('OUTBOUND_PICKED_UP'), f('ESCROW_FUNDED')])).toBe('PICKED_UP');
    expect(deriveOrderStatus([f('OUTBOUND_PICKED_UP'), f('ESCROW_FUNDED'), f('OUTBOUND_DELIVERED')])).toBe('DELIVERED');
  });

  it('never calls a RETURN shipment "picked up" or "delivered"; its delivery means the goods are RETURNED', () => {
    expect(deriveOrderStatus([f('ESCROW_FUNDED'), f('RETURN_PICKED_UP')])).toBe('FUNDED');
    expect(deriveOrderStatus([f('ESCROW_FUNDED'), f('RETURN_DELIVERED')])).toBe('RETURNED');
    expect(deriveOrderStatus([f('ESCROW_FUNDED'), f('RETURN_SHIPMENT_RETURNED')])).toBe('FUNDED');
  });

  it('keeps a second, still open dispute DISPUTED after the first was withdrawn', () => {
    const facts = [f('OUTBOUND_DELIVERED'), f('DISPUTE_OPENED', D1), f('DISPUTE_WITHDRAWN', D1), f('DISPUTE_OPENED', { disputeId: 'd2' })];
    expect(deriveOrderStatus(facts)).toBe('DISPUTED');
    expect(deriveOrderStatus([...facts, f('HOLD_RELEASED', { disputeId: 'd2' })])).toBe('DELIVERED');
  });

  it('does not take an overpayment refund for the order refund', () => {
    expect(deriveOrderStatus([f('ESCROW_FUNDED'), f('EXCESS_REFUNDED')])).toBe('FUNDED');
  });
});

describe.each(LIFECYCLES)('$name', ({ facts, final, inOrder, allowed }) => {
  it('shows the expected statuses when the facts arrive in the order they happened', () => {
    expect(distinct(['PLACED', ...replay(facts)])).toEqual(inOrder);
  });

  it(`ends ${final} in every one of the ${factorial(facts.length)} arrival orders, through sensible statuses only`, () => {
    let count = 0;
    const allowedSet = new Set(allowed);
    for (const order of permutations(facts)) {
      count++;
      const statuses = replay(order);
      if (statuses.at(-1) !== final) throw new Error(`ended ${statuses.at(-1)} for ${order.map((x) => x.kind).join(' → ')}`);
      statuses.forEach((s, i) => {
        if (!allowedSet.has(s)) throw new Error(`showed ${s} after ${order.slice(0, i + 1).map((x) => x.kind).join(' → ')}`);
        // The status only moves up the table, except when a dispute closes (DISPUTED gives way to what is under it).
        const before = i === 0 ? 'PLACED' : statuses[i - 1];
        if (rank(s) > rank(before) && !(before === 'DISPUTED' && CLOSES_DISPUTE.includes(order[i].kind))) {
          throw new Error(`went back from ${before} to ${s} on ${order[i].kind} after ${order.slice(0, i).map((x) => x.kind).join(' → ')}`);
        }
      });
    }
    expect(count).toBe(factorial(facts.length));
  });
});

describe('timeline-only facts', () => {
  it('a message sent never changes the status', () => {
    expect(deriveOrderStatus([{ kind: 'ESCROW_FUNDED' }, { kind: 'MESSAGE_SENT' }])).toBe('FUNDED');
    expect(deriveOrderStatus([{ kind: 'MESSAGE_SENT' }])).toBe('PLACED');
  });
});
